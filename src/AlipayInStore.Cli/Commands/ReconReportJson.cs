using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Cli.Commands;

/// <summary>A <see cref="ReconciliationReport"/> as JSON for scripts: amounts as decimal strings with their currency.</summary>
internal static class ReconReportJson
{
    public static string Render(ReconciliationReport report)
    {
        var json = new JsonObject
        {
            ["clean"] = report.IsClean,
            ["fileRows"] = report.FileRows,
            ["merchantRecords"] = report.MerchantRecords,
            ["matched"] = report.Matched,
            ["missingAtAlipay"] = report.MissingAtAlipay,
            ["unknownToMerchant"] = report.UnknownToMerchant,
            ["amountMismatches"] = report.AmountMismatches,
            ["typeMismatches"] = report.TypeMismatches,
            ["discrepanciesTruncated"] = report.DiscrepanciesTruncated,
            ["totals"] = new JsonArray([.. report.Totals.Select(Totals)]),
            ["discrepancies"] = new JsonArray([.. report.Discrepancies.Select(Discrepancy)]),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode Totals(CurrencyTotals t) => new JsonObject
    {
        ["currency"] = t.Currency,
        ["paymentCount"] = t.PaymentCount,
        ["paymentAmount"] = Amount(t.PaymentAmount, t.Currency),
        ["refundCount"] = t.RefundCount,
        ["refundAmount"] = Amount(t.RefundAmount, t.Currency),
        ["cancelCount"] = t.CancelCount,
        ["cancelAmount"] = Amount(t.CancelAmount, t.Currency),
        ["feesCharged"] = Amount(t.FeesCharged, t.Currency),
        ["feesReturned"] = Amount(t.FeesReturned, t.Currency),
        ["netSettlement"] = Amount(t.NetSettlement, t.Currency),
    };

    private static JsonNode Discrepancy(Discrepancy d) => new JsonObject
    {
        ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(d.Kind.ToString()),
        ["partnerTransactionId"] = d.PartnerTransactionId,
        ["file"] = d.FileRecord is { } f ? Movement(f.Type, f.TransCurrency, f.TransAmount, f.TransactionId) : null,
        ["ledger"] = d.MerchantRecord is { } m ? Movement(m.Type, m.Currency, m.Amount, null) : null,
    };

    private static JsonObject Movement(TransactionType type, string currency, long amount, string? transactionId)
    {
        var node = new JsonObject
        {
            ["type"] = TransactionTypes.ToWire(type),
            ["currency"] = currency,
            ["amount"] = Amount(amount, currency),
        };
        if (transactionId is not null)
        {
            node["transactionId"] = transactionId;
        }
        return node;
    }

    private static string Amount(long minorUnits, string currency) =>
        Money.FormatDecimal(minorUnits, Currencies.TryGetExponent(currency, out var e) ? e : 2);
}
