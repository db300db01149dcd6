using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

/// <summary>The gateway's file, read by the SDK and reconciled against the movements it was made from.</summary>
public sealed class ReconciliationRoundTripTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recon-roundtrip-").FullName;

    [Fact]
    public async Task WriteThenRead_DayWithPaymentsPartialRefundsAndCancel_EveryRowAndTotalMatches()
    {
        TransactionRecord[] day =
        [
            VectorRows.Row("P1", "G1", 10_000, 100, "09:00:00", TransactionType.Payment, "paymentQrCode"),
            VectorRows.Row("P2", "G2", 2_550, 26, "09:30:00", TransactionType.Payment, "transactionQrCode", "table 4 | window"),
            VectorRows.Row("R1", "GR1", 3_000, 30, "12:00:00", TransactionType.Refund, "paymentQrCode", "partial\nrefund"),
            VectorRows.Row("R2", "GR2", 1_000, 10, "13:00:00", TransactionType.Refund, "paymentQrCode"),
            VectorRows.Row("P3", "G3", 700, 7, "14:00:00", TransactionType.Payment, "paymentQrCode"),
            VectorRows.Row("P3", "G3", 700, 7, "14:01:00", TransactionType.Cancel, "paymentQrCode"),
        ];
        var path = Path.Combine(_dir, "day.txt");
        var first = await new ReconciliationFileWriter().WriteAsync(path, day);

        var read = new List<TransactionRecord>();
        await foreach (var record in ReconciliationFileReader.ReadFileAsync(path))
        {
            read.Add(record);
        }
        var ledger = day.Select(r => new MerchantRecord(r.PartnerTransactionId, (TransactionType)(int)r.Type, r.TransCurrency, r.TransAmount)).ToArray();
        var report = await new Reconciler().ReconcileAsync(ReconciliationFileReader.ReadFileAsync(path), ledger.ToAsyncEnumerable());
        var again = await new ReconciliationFileWriter().WriteAsync(Path.Combine(_dir, "again.txt"), day.Reverse());

        Assert.Equal(day.Length, read.Count);
        Assert.Equal(day.Select(r => (r.PartnerTransactionId, r.Amount, r.Fee, r.PaymentTime)), read.Select(r => (r.PartnerTransactionId, r.Amount, r.Fee, r.PaymentTime)));
        Assert.Equal("table 4   window", read[1].Remark);
        Assert.Equal("partial refund", read[2].Remark);
        Assert.True(report.IsClean);
        var usd = Assert.Single(report.Totals);
        Assert.Equal(10_000 + 2_550 + 700, usd.PaymentAmount);
        Assert.Equal(4_000, usd.RefundAmount);
        Assert.Equal(700, usd.CancelAmount);
        Assert.Equal(133 - 47, usd.NetFees);
        Assert.Equal(13_250 - 4_000 - 700 - 86, usd.NetSettlement);
        Assert.Equal(first.Sha256, again.Sha256);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
