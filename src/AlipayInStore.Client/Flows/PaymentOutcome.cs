using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client;

/// <summary>The end of a payment flow: the outcome, the ids a cashier needs and what was learned on the way.</summary>
public sealed class PaymentOutcome
{
    internal PaymentOutcome(PaymentOutcomeKind kind, string merchantTransId, string? acquirementId, string? resultCode, string message)
    {
        Kind = kind;
        MerchantTransId = merchantTransId;
        AcquirementId = acquirementId;
        ResultCode = resultCode;
        Message = message;
    }

    /// <summary>Paid, Failed, Cancelled or NeedsAttention.</summary>
    public PaymentOutcomeKind Kind { get; }

    /// <summary>The merchant's transaction id (always known).</summary>
    public string MerchantTransId { get; }

    /// <summary>The gateway's transaction id, when the gateway gave one.</summary>
    public string? AcquirementId { get; }

    /// <summary>For <see cref="PaymentOutcomeKind.Failed"/> the failure code (e.g. <c>BUYER_BALANCE_NOT_ENOUGH</c>); otherwise the last code seen.</summary>
    public string? ResultCode { get; }

    /// <summary>One sentence for the cashier.</summary>
    public string Message { get; }

    /// <summary>What the buyer paid, when paid.</summary>
    public Amount? PayAmount { get; init; }

    /// <summary>When paid, RFC 3339 as the gateway sent it.</summary>
    public string? PaymentTime { get; init; }

    /// <summary>How many payQuery calls the flow made.</summary>
    public int Queries { get; init; }

    /// <summary>How many payCancel calls the flow made.</summary>
    public int CancelAttempts { get; init; }

    /// <summary>True when <see cref="Kind"/> is <see cref="PaymentOutcomeKind.Paid"/>.</summary>
    public bool IsPaid => Kind == PaymentOutcomeKind.Paid;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind}{(ResultCode is null || Kind != PaymentOutcomeKind.Failed ? "" : $"({ResultCode})")}: {Message} " +
        $"[merchantTransId={MerchantTransId}, acquirementId={AcquirementId ?? "-"}]";
}
