namespace AlipayInStore.Client.Reconciliation;

/// <summary>The file's totals for one settlement currency; every amount in minor units of <see cref="Currency"/>.</summary>
/// <remarks>
/// Fees are charged on payments and returned on refunds and cancels (each row's <c>Charge_amount</c>), so
/// <see cref="NetSettlement"/> = payments − refunds − cancels − (fees charged − fees returned).
/// </remarks>
public sealed record CurrencyTotals
{
    /// <summary>ISO 4217 settlement currency.</summary>
    public required string Currency { get; init; }

    /// <summary>Number of PAYMENT rows.</summary>
    public required long PaymentCount { get; init; }

    /// <summary>Sum of PAYMENT amounts.</summary>
    public required long PaymentAmount { get; init; }

    /// <summary>Number of REFUND rows.</summary>
    public required long RefundCount { get; init; }

    /// <summary>Sum of REFUND amounts.</summary>
    public required long RefundAmount { get; init; }

    /// <summary>Number of CANCEL rows.</summary>
    public required long CancelCount { get; init; }

    /// <summary>Sum of CANCEL amounts.</summary>
    public required long CancelAmount { get; init; }

    /// <summary>Sum of fees on PAYMENT rows.</summary>
    public required long FeesCharged { get; init; }

    /// <summary>Sum of fees on REFUND and CANCEL rows.</summary>
    public required long FeesReturned { get; init; }

    /// <summary>Fees kept: <see cref="FeesCharged"/> − <see cref="FeesReturned"/>.</summary>
    public long NetFees => FeesCharged - FeesReturned;

    /// <summary>What the partner receives for the day in this currency; negative when it owes.</summary>
    public long NetSettlement => PaymentAmount - RefundAmount - CancelAmount - NetFees;
}
