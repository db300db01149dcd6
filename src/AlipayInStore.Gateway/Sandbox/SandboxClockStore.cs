using System.Globalization;
using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Loads and moves the sandbox clock's offset, kept in the settings table.</summary>
internal sealed class SandboxClockStore(SandboxClock clock, IDbContextFactory<GatewayDbContext> factory)
{
    private const string Key = "sandbox.clockOffsetTicks";

    public async Task LoadAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var setting = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Name == Key, ct);
        clock.SetOffset(setting is null ? TimeSpan.Zero : TimeSpan.FromTicks(long.Parse(setting.Value, CultureInfo.InvariantCulture)));
    }

    public async Task<DateTimeOffset> AdvanceAsync(TimeSpan by, CancellationToken ct)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The sandbox clock only moves forward.");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Name == Key, ct);
        var current = setting is null ? 0 : long.Parse(setting.Value, CultureInfo.InvariantCulture);
        var next = (current + by.Ticks).ToString(CultureInfo.InvariantCulture);
        if (setting is null)
        {
            db.Settings.Add(new Setting(Key, next));
        }
        else
        {
            setting.Value = next;
        }
        await db.SaveChangesAsync(ct);
        clock.SetOffset(TimeSpan.FromTicks(current + by.Ticks));
        return clock.GetUtcNow();
    }
}
