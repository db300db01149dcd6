using System.Net;
using System.Security.Cryptography;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

/// <summary>A sandbox day of real traffic becomes a file at 09:00 the next day whose rows and totals match the ledger.</summary>
public sealed class ReconciliationGenerationTests
{
    [Fact]
    public async Task Day_WithPaymentsRefundsAndCancel_FileAt0900NextDayMatchesLedgerAndRegeneratesIdentically()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var m = gateway.Merchant;
        var minute = TimeSpan.FromMinutes(1);
        var a = (await m.PayAsync("D-A", "1250")).Field("acquirementId")!;
        gateway.Time.Advance(minute);
        var b = (await m.PreCreateAsync("D-B", "480")).Field("acquirementId")!;
        await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{b}/confirm", new { buyerId = "alice" });
        gateway.Time.Advance(minute);
        await m.RefundAsync(a, "D-A-r1", "200");
        gateway.Time.Advance(minute);
        await m.RefundAsync(a, "D-A-r2", "100");
        gateway.Time.Advance(minute);
        await m.PayAsync("D-C", "1000");
        gateway.Time.Advance(minute);
        await m.CancelAsync("D-C");
        var partner = m.PartnerId;

        // 10:05 → 09:00:30 next day (GMT+8) on the sandbox clock; then let the scheduler's timer tick.
        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 22 * 3600 + 55 * 60 + 30 });
        var path = Path.Combine(gateway.DataDirectory, "reconciliation", "archive", partner, $"{partner}_transaction_20261127.txt");
        for (var i = 0; i < 100 && !File.Exists(path); i++)
        {
            gateway.Time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }
        Assert.True(File.Exists(path), "the scheduler produced no file at 09:00 the next day");
        Assert.True(File.Exists(Path.Combine(gateway.DataDirectory, "reconciliation", "sftp", partner, Path.GetFileName(path))));

        var records = await ReconciliationFileReader.ReadFileAsync(path).ToListAsync();
        Assert.Equal(["PAYMENT:D-A", "PAYMENT:D-B", "REFUND:D-A-r1", "REFUND:D-A-r2", "PAYMENT:D-C", "CANCEL:D-C"],
            records.Select(r => $"{r.Type.ToString().ToUpperInvariant()}:{r.PartnerTransactionId}"));
        Assert.Equal("transactionQrCode", records[1].OrderScene);
        var ledger = await gateway.WithDbAsync(db => db.LedgerEntries.Where(e => e.Account == LedgerAccounts.Merchant(partner)).SumAsync(e => e.Amount));
        var net = records.Sum(r => r.Type == TransactionType.Payment ? r.Amount - r.Fee : -(r.Amount - r.Fee));
        Assert.Equal(ledger, net);
        var fees = await gateway.WithDbAsync(db => db.LedgerEntries.Where(e => e.Account == LedgerAccounts.Fees).SumAsync(e => e.Amount));
        Assert.Equal(fees, records.Sum(r => r.Type == TransactionType.Payment ? r.Fee : -r.Fee));

        var before = await File.ReadAllBytesAsync(path);
        var (status, again) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{partner}/2026-11-27");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(before)), again.GetProperty("sha256").GetString());
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal(1, await gateway.WithDbAsync(db => db.ReconciliationFiles.CountAsync(f => f.PartnerId == partner && f.BusinessDate == "20261127")));
    }

    [Fact]
    public async Task Day_WithoutMovements_NoFileAndTodayRefused()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var partner = gateway.Merchant.PartnerId;

        var (status, answer) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{partner}/2026-11-26");
        var (today, _) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{partner}/2026-11-27");
        var (_, listed) = await gateway.Control.SendAsync(HttpMethod.Get, $"/sandbox/reconciliation/{partner}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No transactions on 2026-11-26", answer.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(gateway.DataDirectory, "reconciliation", "archive", partner, $"{partner}_transaction_20261126.txt")));
        Assert.False(File.Exists(Path.Combine(gateway.DataDirectory, "reconciliation", "sftp", partner, $"{partner}_transaction_20261126.txt")));
        Assert.Equal(0, listed.GetArrayLength());
        Assert.Equal(HttpStatusCode.Conflict, today);
    }

    [Fact]
    public async Task Day_WithoutMovementsEmptyDayFilesOn_HeaderOnlyFile()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var partner = gateway.Merchant.PartnerId;
        var (patched, _) = await gateway.Control.SendAsync(HttpMethod.Patch, $"/sandbox/merchants/{partner}", new { emptyDayFiles = true });

        var (status, file) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{partner}/2026-11-26");

        Assert.Equal(HttpStatusCode.OK, patched);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(0, file.GetProperty("rowCount").GetInt32());
        var text = await File.ReadAllTextAsync(Path.Combine(gateway.DataDirectory, "reconciliation", "archive", partner, $"{partner}_transaction_20261126.txt"));
        Assert.StartsWith("Partner_transaction_id|Transaction_id|", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Count(c => c == '\n'));
    }

    [Fact]
    public async Task Scheduler_QuietDay_ProducesNoFileButRecordsTheDay()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var partner = gateway.Merchant.PartnerId;

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 23 * 3600 + 30 });
        for (var i = 0; i < 100 && await gateway.WithDbAsync(db => db.ReconciliationFiles.CountAsync(f => f.PartnerId == partner)) == 0; i++)
        {
            gateway.Time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }

        var record = await gateway.WithDbAsync(db => db.ReconciliationFiles.SingleAsync(f => f.PartnerId == partner && f.BusinessDate == "20261127"));
        Assert.False(record.HasFile);
        Assert.Empty(Directory.Exists(Path.Combine(gateway.DataDirectory, "reconciliation", "archive", partner))
            ? Directory.GetFiles(Path.Combine(gateway.DataDirectory, "reconciliation", "archive", partner)) : []);
    }
}
