namespace AlipayInStore.Gateway.Refunds;

/// <summary>A refund of part or all of a paid transaction.</summary>
internal sealed class Refund
{
    private Refund()
    {
    }

    public Refund(string refundId, long paymentId, string acquirementId, string partnerId, string merchantRefundId,
        long amount, string currency, string? reason, bool isSync, string? notifyUrl, DateTimeOffset now)
    {
        RefundId = refundId;
        PaymentId = paymentId;
        AcquirementId = acquirementId;
        PartnerId = partnerId;
        MerchantRefundId = merchantRefundId;
        Amount = amount;
        Currency = currency;
        Reason = reason;
        IsSync = isSync;
        NotifyUrl = notifyUrl;
        CreatedAt = now;
        Status = RefundStatus.Processing;
    }

    public long Id { get; private set; }
    public string RefundId { get; private set; } = "";
    public long PaymentId { get; private set; }
    public string AcquirementId { get; private set; } = "";
    public string PartnerId { get; private set; } = "";
    public string MerchantRefundId { get; private set; } = "";
    public long Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public long FeeAmount { get; private set; }
    public string? Reason { get; private set; }
    public bool IsSync { get; private set; }
    public string? NotifyUrl { get; private set; }
    public RefundStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public void MarkSucceeded(long fee, DateTimeOffset now)
    {
        if (Status != RefundStatus.Processing)
        {
            throw new InvalidOperationException($"Refund {RefundId} is {Status}.");
        }
        FeeAmount = fee;
        Status = RefundStatus.Success;
        CompletedAt = now;
    }
}
