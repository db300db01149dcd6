using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>The running counts, listed disagreements and totals of one reconciliation.</summary>
internal sealed class Tally(int maxListed)
{
    private readonly List<Discrepancy> _listed = [];
    private readonly long[] _counts = new long[Enum.GetValues<DiscrepancyKind>().Length];
    private readonly Dictionary<string, CurrencyTotalsBuilder> _totals = new(StringComparer.Ordinal);
    private CurrencyTotalsBuilder? _lastTotals;
    private string? _lastCurrency;
    private long _rows;

    public long Matched { get; set; }

    public void AddToTotals(TransactionRecord row)
    {
        _rows++;
        if (!ReferenceEquals(row.Currency, _lastCurrency))
        {
            if (!_totals.TryGetValue(row.Currency, out _lastTotals))
            {
                _lastTotals = new CurrencyTotalsBuilder(row.Currency);
                _totals.Add(row.Currency, _lastTotals);
            }
            _lastCurrency = row.Currency;
        }
        _lastTotals!.Add(row);
    }

    public void Add(Discrepancy discrepancy)
    {
        _counts[(int)discrepancy.Kind]++;
        if (_listed.Count < maxListed)
        {
            _listed.Add(discrepancy);
        }
    }

    public ReconciliationReport ToReport(long merchantRecords)
    {
        var missing = _counts[(int)DiscrepancyKind.MissingAtAlipay];
        var unknown = _counts[(int)DiscrepancyKind.UnknownToMerchant];
        var amount = _counts[(int)DiscrepancyKind.AmountMismatch];
        var type = _counts[(int)DiscrepancyKind.TypeMismatch];
        return new ReconciliationReport
        {
            FileRows = _rows,
            MerchantRecords = merchantRecords,
            Matched = Matched,
            MissingAtAlipay = missing,
            UnknownToMerchant = unknown,
            AmountMismatches = amount,
            TypeMismatches = type,
            Discrepancies = _listed,
            DiscrepanciesTruncated = missing + unknown + amount + type > _listed.Count,
            Totals = [.. _totals.Values.Select(b => b.Build()).OrderBy(t => t.Currency, StringComparer.Ordinal)],
        };
    }
}
