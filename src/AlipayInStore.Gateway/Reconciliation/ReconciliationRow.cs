namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// One row of a partner-day reconciliation file as typed values; the writer turns it into the §8 text.
/// Amounts are minor units (never negative); strings are written as they are, with <c>|</c>, CR and LF replaced by a space.
/// </summary>
internal sealed record ReconciliationRow
{
    /// <summary>The merchant's payment request id, or the merchant refund id for a refund.</summary>
    public required string PartnerTransactionId { get; init; }

    /// <summary>The gateway's payment id, or the refund id for a refund.</summary>
    public required string TransactionId { get; init; }

    /// <summary>Settlement amount in minor units of <see cref="Currency"/>.</summary>
    public required long Amount { get; init; }

    /// <summary>The fee in minor units of <see cref="Currency"/>.</summary>
    public required long Fee { get; init; }

    /// <summary>ISO 4217 settlement currency.</summary>
    public required string Currency { get; init; }

    /// <summary>When the movement happened; written in the file's time zone.</summary>
    public required DateTimeOffset PaymentTime { get; init; }

    public required ReconciliationRowType Type { get; init; }

    public string SecondaryMerchantId { get; init; } = "";

    public string StoreId { get; init; } = "";

    public string Remark { get; init; } = "";

    /// <summary>The merchant category code (MCC).</summary>
    public string SecondaryMerchantIndustry { get; init; } = "";

    public string SecondaryMerchantName { get; init; } = "";

    public string OperatorName { get; init; } = "";

    /// <summary><c>paymentQrCode</c> (pay) or <c>transactionQrCode</c> (preCreate).</summary>
    public required string OrderScene { get; init; }

    /// <summary>ISO 4217 order currency.</summary>
    public required string TransCurrency { get; init; }

    /// <summary>Order amount in minor units of <see cref="TransCurrency"/>.</summary>
    public required long TransAmount { get; init; }

    /// <summary>Rate between order and settlement currency; 1 when they are equal.</summary>
    public decimal ForexRate { get; init; } = 1m;
}
