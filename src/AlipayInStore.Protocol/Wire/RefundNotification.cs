namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of <c>alipay.intl.acquiring.common.notify.refund</c>: an asynchronous refund succeeded.</summary>
public sealed record RefundNotification
{
    /// <summary>The outcome (S).</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>Partner ID.</summary>
    public string? PartnerId { get; init; }
    /// <summary>The gateway's id of the paid transaction.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's refund id.</summary>
    public string? MerchantRefundId { get; init; }
    /// <summary>The gateway's refund id.</summary>
    public string? RefundId { get; init; }
    /// <summary>The refund amount.</summary>
    public Amount? RefundAmount { get; init; }
    /// <summary>When the refund succeeded, RFC 3339.</summary>
    public string? RefundTime { get; init; }
}
