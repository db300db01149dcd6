using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Protocol.Reconciliation;
using AlipayInStore.Testing;

namespace AlipayInStore.Client.Tests.Reconciliation;

public sealed class ReconcilerTests
{
    private static readonly string VectorFile = RepoPaths.Vector("recon/2088101122136241_transaction_20261126.txt");

    [Fact]
    public async Task Reconcile_LedgerAgreesWithVector_IsCleanWithTotals()
    {
        var report = await Reconcile(
            "T20261126-0001,PAYMENT,USD,12.50",
            "T20261126-0002,PAYMENT,USD,4.80",
            "R20261126-0001,REFUND,USD,2.00",
            "T20261126-0003,CANCEL,USD,10.00");

        Assert.True(report.IsClean);
        Assert.Equal(4, report.Matched);
        Assert.Equal(4, report.FileRows);
        Assert.Empty(report.Discrepancies);
        var usd = Assert.Single(report.Totals);
        Assert.Equal("USD", usd.Currency);
        Assert.Equal((2, 1730L, 1, 200L, 1, 1000L), (usd.PaymentCount, usd.PaymentAmount, usd.RefundCount, usd.RefundAmount, usd.CancelCount, usd.CancelAmount));
        Assert.Equal(17, usd.FeesCharged);
        Assert.Equal(12, usd.FeesReturned);
        Assert.Equal(5, usd.NetFees);
        Assert.Equal(1730 - 200 - 1000 - 5, usd.NetSettlement);
    }

    [Fact]
    public async Task Reconcile_PlantedMismatches_FindsEachKind()
    {
        var report = await Reconcile(
            "T20261126-0001,PAYMENT,USD,12.50",
            "T20261126-0002,PAYMENT,USD,4.90",
            "R20261126-0001,PAYMENT,USD,2.00",
            "T20261126-0099,PAYMENT,USD,1.00");

        Assert.False(report.IsClean);
        Assert.Equal(1, report.Matched);
        Assert.Equal(1, report.AmountMismatches);
        Assert.Equal(1, report.TypeMismatches);
        Assert.Equal(1, report.UnknownToMerchant);
        Assert.Equal(1, report.MissingAtAlipay);
        Assert.Equal(4, report.DiscrepancyCount);
        Assert.Contains(report.Discrepancies, d => d is { Kind: DiscrepancyKind.AmountMismatch, PartnerTransactionId: "T20261126-0002", MerchantRecord.Amount: 490, FileRecord.TransAmount: 480 });
        Assert.Contains(report.Discrepancies, d => d is { Kind: DiscrepancyKind.TypeMismatch, PartnerTransactionId: "R20261126-0001", FileRecord.Type: TransactionType.Refund, MerchantRecord.Type: TransactionType.Payment });
        Assert.Contains(report.Discrepancies, d => d is { Kind: DiscrepancyKind.UnknownToMerchant, PartnerTransactionId: "T20261126-0003", MerchantRecord: null });
        Assert.Contains(report.Discrepancies, d => d is { Kind: DiscrepancyKind.MissingAtAlipay, PartnerTransactionId: "T20261126-0099", FileRecord: null });
    }

    [Fact]
    public async Task Reconcile_PaymentAndItsCancelShareAnId_MatchesBoth()
    {
        var file = Rows(
            "P1|A1|5.00|0.05|USD|2026-11-26 09:00:00|PAYMENT||||||||USD|5.00|1",
            "P1|A1|5.00|0.05|USD|2026-11-26 09:01:00|CANCEL||||||||USD|5.00|1");
        var ledger = Ledger("P1,CANCEL,USD,5.00", "P1,PAYMENT,USD,5.00");

        var report = await new Reconciler().ReconcileAsync(file, ledger);

        Assert.True(report.IsClean);
        Assert.Equal(2, report.Matched);
        Assert.Equal(0, Assert.Single(report.Totals).NetSettlement);
    }

    [Fact]
    public async Task Reconcile_CurrencyDiffers_IsAnAmountMismatch()
    {
        var file = Rows("P1|A1|5.00|0.05|USD|2026-11-26 09:00:00|PAYMENT||||||||USD|5.00|1");

        var report = await new Reconciler().ReconcileAsync(file, Ledger("P1,PAYMENT,EUR,5.00"));

        Assert.Equal(DiscrepancyKind.AmountMismatch, Assert.Single(report.Discrepancies).Kind);
    }

    [Fact]
    public async Task Reconcile_SeveralCurrencies_TotalsEachApart()
    {
        var file = Rows(
            "P1|A1|500|5|JPY|2026-11-26 09:00:00|PAYMENT||||||||JPY|500|1",
            "P2|A2|5.00|0.05|USD|2026-11-26 09:01:00|PAYMENT||||||||USD|5.00|1");

        var report = await new Reconciler().ReconcileAsync(file, Ledger("P1,PAYMENT,JPY,500", "P2,PAYMENT,USD,5.00"));

        Assert.Equal(["JPY", "USD"], report.Totals.Select(t => t.Currency));
        Assert.Equal(495, report.Totals[0].NetSettlement);
        Assert.Equal(495, report.Totals[1].NetSettlement);
    }

    [Fact]
    public async Task Reconcile_MoreDiscrepanciesThanListed_CountsAllListsSome()
    {
        var ledger = Ledger([.. Enumerable.Range(0, 50).Select(i => $"X{i},PAYMENT,USD,1.00")]);
        var reconciler = new Reconciler(new ReconcilerOptions { MaxListedDiscrepancies = 10 });

        var report = await reconciler.ReconcileAsync(Rows(), ledger);

        Assert.Equal(50, report.MissingAtAlipay);
        Assert.Equal(10, report.Discrepancies.Count);
        Assert.True(report.DiscrepanciesTruncated);
    }

    [Fact]
    public async Task ReadLedger_BadAmount_ReportsLineNumber()
    {
        var text = $"{MerchantLedgerReader.Header}\n# comment\nP1,PAYMENT,USD,5.0\n";

        var error = await Assert.ThrowsAsync<ReconciliationFormatException>(async () =>
        {
            await foreach (var _ in MerchantLedgerReader.ReadAsync(new StringReader(text)))
            {
            }
        });

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("amount '5.0'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteLedger_ThenRead_GivesTheSameRecords()
    {
        MerchantRecord[] records = [new("P1", TransactionType.Payment, "USD", 1250), new("P2", TransactionType.Refund, "JPY", 300)];
        var writer = new StringWriter();
        await MerchantLedgerReader.WriteAsync(writer, records);

        var read = new List<MerchantRecord>();
        await foreach (var r in MerchantLedgerReader.ReadAsync(new StringReader(writer.ToString())))
        {
            read.Add(r);
        }

        Assert.Equal(records, read);
        Assert.Contains("P1,PAYMENT,USD,12.50\n", writer.ToString(), StringComparison.Ordinal);
    }

    private static Task<ReconciliationReport> Reconcile(params string[] ledgerLines) =>
        new Reconciler().ReconcileAsync(ReconciliationFileReader.ReadFileAsync(VectorFile), Ledger(ledgerLines));

    private static IAsyncEnumerable<MerchantRecord> Ledger(params string[] lines) =>
        MerchantLedgerReader.ReadAsync(new StringReader(MerchantLedgerReader.Header + "\n" + string.Join("\n", lines)));

    private static async IAsyncEnumerable<TransactionRecord> Rows(params string[] lines)
    {
        foreach (var record in await ReconciliationFileReaderTests.ReadText(ReconciliationFileFormat.Header + "\n" + string.Join("\n", lines)))
        {
            yield return record;
        }
    }
}
