using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Cli.Commands;

/// <summary>Prints a <see cref="ReconciliationReport"/> as plain-text tables.</summary>
internal static class ReconReportPrinter
{
    public static void Print(ReconciliationReport report, TextWriter output)
    {
        output.WriteLine($"File rows: {report.FileRows}   Ledger records: {report.MerchantRecords}");
        output.WriteLine();
        Table(output, ["Result", "Count"],
        [
            ["matched", report.Matched.ToString("N0")],
            ["missing at Alipay", report.MissingAtAlipay.ToString("N0")],
            ["unknown to merchant", report.UnknownToMerchant.ToString("N0")],
            ["amount mismatch", report.AmountMismatches.ToString("N0")],
            ["type mismatch", report.TypeMismatches.ToString("N0")],
        ]);
        output.WriteLine();
        Table(output, ["Currency", "Payments", "Refunds", "Cancels", "Fees", "Net settlement"],
        [
            .. report.Totals.Select(t => new[]
            {
                t.Currency,
                $"{t.PaymentCount} / {Amount(t.PaymentAmount, t.Currency)}",
                $"{t.RefundCount} / {Amount(t.RefundAmount, t.Currency)}",
                $"{t.CancelCount} / {Amount(t.CancelAmount, t.Currency)}",
                Amount(t.NetFees, t.Currency),
                Amount(t.NetSettlement, t.Currency),
            }),
        ]);
        if (report.IsClean)
        {
            output.WriteLine();
            output.WriteLine("Clean: the file and your ledger agree on every movement.");
            return;
        }
        output.WriteLine();
        Table(output, ["Mismatch", "Partner_transaction_id", "Alipay file", "Your ledger"],
        [
            .. report.Discrepancies.Select(d => new[] { Kind(d.Kind), d.PartnerTransactionId, Describe(d.FileRecord), Describe(d.MerchantRecord) }),
        ], leftAligned: 4);
        if (report.DiscrepanciesTruncated)
        {
            output.WriteLine($"… {report.DiscrepancyCount - report.Discrepancies.Count} more not listed.");
        }
    }

    private static string Kind(DiscrepancyKind kind) => kind switch
    {
        DiscrepancyKind.MissingAtAlipay => "missing at Alipay",
        DiscrepancyKind.UnknownToMerchant => "unknown to merchant",
        DiscrepancyKind.AmountMismatch => "amount mismatch",
        _ => "type mismatch",
    };

    private static string Describe(TransactionRecord? r) =>
        r is null ? "-" : $"{TransactionTypes.ToWire(r.Type)} {Amount(r.TransAmount, r.TransCurrency)} {r.TransCurrency}";

    private static string Describe(MerchantRecord? r) =>
        r is not { } m ? "-" : $"{TransactionTypes.ToWire(m.Type)} {Amount(m.Amount, m.Currency)} {m.Currency}";

    private static string Amount(long minorUnits, string currency) =>
        Money.FormatDecimal(minorUnits, Currencies.TryGetExponent(currency, out var e) ? e : 2);

    private static void Table(TextWriter output, string[] header, IReadOnlyList<string[]> rows, int leftAligned = 1)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        void Row(string[] cells) => output.WriteLine(string.Join("  ", cells.Select((c, i) => i < leftAligned ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        Row(header);
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Row(row);
        }
    }
}
