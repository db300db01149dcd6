using System.Globalization;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Produces a partner-day file from the ledger into the export folder and records it (one row per partner and day).</summary>
internal sealed class ReconciliationService(GatewayDbContext db, LedgerRows rows, BusinessDay businessDay, TimeProvider clock, IOptions<ReconciliationOptions> options)
{
    public ReconciliationExportLayout Layout { get; } = new(options.Value.ExportDirectory);

    public DateOnly Today => businessDay.Today(clock);

    /// <summary>
    /// Produces the partner's file for <paramref name="day"/>, a day that is over. A day without transactions gets no
    /// file (PROTOCOL.md §8) unless the merchant turned empty-day files on; the record then says so.
    /// </summary>
    public async Task<GenerateOutcome> GenerateAsync(string partnerId, DateOnly day, CancellationToken ct)
    {
        var today = Today;
        if (day >= today)
        {
            return new GenerateOutcome.NotOver(today.AddDays(-1));
        }
        if (!ReconciliationFileNames.IsSafePartnerId(partnerId))
        {
            return new GenerateOutcome.UnsafePartner();
        }
        return new GenerateOutcome.Generated(await ProduceAsync(partnerId, day, ct));
    }

    private async Task<ReconciliationFile> ProduceAsync(string partnerId, DateOnly day, CancellationToken ct)
    {
        var from = businessDay.StartOf(day);
        var dayRows = await rows.ForDayAsync(partnerId, from, from.AddDays(1), ct);
        var emptyDayFiles = await db.Merchants.AsNoTracking().Where(m => m.PartnerId == partnerId).Select(m => m.EmptyDayFiles).FirstOrDefaultAsync(ct);
        var result = dayRows.Count > 0 || emptyDayFiles
            ? await Layout.PublishAsync(new ReconciliationFileWriter(businessDay.TimeZone), partnerId, day, dayRows, ct)
            : null;
        var key = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var record = await db.ReconciliationFiles.SingleOrDefaultAsync(f => f.PartnerId == partnerId && f.BusinessDate == key, ct);
        if (record is null)
        {
            record = new ReconciliationFile(partnerId, key);
            db.ReconciliationFiles.Add(record);
        }
        if (result is null && record.HasFile)
        {
            return record; // a header-only file made while empty-day files were on stays: files once published are kept
        }
        if (result is null)
        {
            record.NoTransactions(clock.GetUtcNow());
        }
        else
        {
            record.Produced(result, clock.GetUtcNow());
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another instance recorded the same partner-day first; the bytes are the same (deterministic), keep its row.
            db.ChangeTracker.Clear();
            record = await db.ReconciliationFiles.AsNoTracking().SingleAsync(f => f.PartnerId == partnerId && f.BusinessDate == key, ct);
        }
        return record;
    }

    /// <summary>
    /// Stores a partner's SSH public keys for its SFTP account: 1 to 10 OpenSSH lines (ssh-…, ecdsa-…). Returns how many
    /// were stored, or null when the text is not that. They take effect when the SFTP server (re)starts.
    /// </summary>
    public async Task<int?> SaveSshKeysAsync(string partnerId, string? text, CancellationToken ct)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length is 0 or > 10 || lines.Any(l => l.Length > 8192 || !(l.StartsWith("ssh-", StringComparison.Ordinal) || l.StartsWith("ecdsa-", StringComparison.Ordinal))))
        {
            return null;
        }
        var path = Layout.PublicKeysFile(partnerId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, string.Join('\n', lines) + "\n", ct);
        Directory.CreateDirectory(Layout.SftpDirectory(partnerId));
        return lines.Length;
    }

    /// <summary>Days whose file is due (09:00 the next day has passed) and not produced yet, oldest first.</summary>
    public async Task<IReadOnlyList<(string PartnerId, DateOnly Day)>> DueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lastDue = businessDay.DateOf(now - options.Value.GenerateAt).AddDays(-1);
        var due = new List<(string, DateOnly)>();
        foreach (var merchant in await db.Merchants.AsNoTracking().Select(m => new { m.PartnerId, m.CreatedAt }).ToListAsync(ct))
        {
            var first = businessDay.DateOf(merchant.CreatedAt);
            var produced = (await db.ReconciliationFiles.AsNoTracking().Where(f => f.PartnerId == merchant.PartnerId).Select(f => f.BusinessDate).ToListAsync(ct)).ToHashSet();
            for (var day = first; day <= lastDue; day = day.AddDays(1))
            {
                if (!produced.Contains(day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)))
                {
                    due.Add((merchant.PartnerId, day));
                }
            }
        }
        return due;
    }
}
