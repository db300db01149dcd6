namespace AlipayInStore.Client.Reconciliation;

/// <summary>The outcome of comparing a reconciliation file with the merchant's records.</summary>
public sealed record ReconciliationReport
{
    /// <summary>Data rows read from the file.</summary>
    public required long FileRows { get; init; }

    /// <summary>Records read from the merchant's ledger.</summary>
    public required long MerchantRecords { get; init; }

    /// <summary>Rows whose id, type, order currency and amount agree with a merchant record.</summary>
    public required long Matched { get; init; }

    /// <summary>Merchant records with no row in the file.</summary>
    public required long MissingAtAlipay { get; init; }

    /// <summary>File rows with no merchant record of that id.</summary>
    public required long UnknownToMerchant { get; init; }

    /// <summary>Rows whose order currency or amount differs from the merchant's.</summary>
    public required long AmountMismatches { get; init; }

    /// <summary>Rows whose type differs from the merchant's record of the same id.</summary>
    public required long TypeMismatches { get; init; }

    /// <summary>The disagreements, in the order found (file order, then missing ones); at most <see cref="ReconcilerOptions.MaxListedDiscrepancies"/>.</summary>
    public required IReadOnlyList<Discrepancy> Discrepancies { get; init; }

    /// <summary>True when more disagreements exist than <see cref="Discrepancies"/> lists; the counts are always complete.</summary>
    public required bool DiscrepanciesTruncated { get; init; }

    /// <summary>The file's totals per settlement currency, ordered by currency code.</summary>
    public required IReadOnlyList<CurrencyTotals> Totals { get; init; }

    /// <summary>Every disagreement counted.</summary>
    public long DiscrepancyCount => MissingAtAlipay + UnknownToMerchant + AmountMismatches + TypeMismatches;

    /// <summary>True when the file and the merchant's records agree on every movement.</summary>
    public bool IsClean => DiscrepancyCount == 0;
}
