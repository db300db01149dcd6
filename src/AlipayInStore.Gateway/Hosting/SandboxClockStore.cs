using System.Globalization;
using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// Loads and moves the sandbox clock's offset, kept in the settings table. Several instances over one database share
/// it: each reloads it every second (<see cref="SandboxClockSync"/>) and on every control call that reads or moves it,
/// and a move is a compare-and-set so two instances advancing at once both count.
/// </summary>
internal sealed class SandboxClockStore(SandboxClock clock, IDbContextFactory<GatewayDbContext> factory)
{
    private const string Key = "sandbox.clockOffsetTicks";

    /// <summary>At start: takes the stored offset as it is.</summary>
    public async Task LoadAsync(CancellationToken ct) => clock.SetOffset(await ReadAsync(ct));

    /// <summary>While running: catches up with an offset another instance moved.</summary>
    public async Task RefreshAsync(CancellationToken ct) => clock.RaiseOffset(await ReadAsync(ct));

    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by, CancellationToken ct)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The sandbox clock only moves forward.");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        while (true)
        {
            var stored = await db.Settings.AsNoTracking().Where(s => s.Name == Key).Select(s => s.Value).SingleOrDefaultAsync(ct);
            var next = ((stored is null ? 0 : Parse(stored)) + by.Ticks).ToString(CultureInfo.InvariantCulture);
            if (stored is null)
            {
                try
                {
                    db.Settings.Add(new Setting(Key, next));
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
                {
                    db.ChangeTracker.Clear();
                    continue; // another instance stored the first offset meanwhile
                }
            }
            else if (await db.Settings.Where(s => s.Name == Key && s.Value == stored)
                         .ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, next), ct) == 0)
            {
                continue; // another instance moved it meanwhile: add to its value
            }
            clock.RaiseOffset(TimeSpan.FromTicks(Parse(next)));
            return clock.GetUtcNow();
        }
    }

    private async Task<TimeSpan> ReadAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var stored = await db.Settings.AsNoTracking().Where(s => s.Name == Key).Select(s => s.Value).SingleOrDefaultAsync(ct);
        return stored is null ? TimeSpan.Zero : TimeSpan.FromTicks(Parse(stored));
    }

    private static long Parse(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
