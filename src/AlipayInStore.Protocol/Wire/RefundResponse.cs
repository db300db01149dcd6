namespace AlipayInStore.Protocol.Wire;

/// <summary>Response body of refund.</summary>
public sealed record RefundResponse
{
    /// <summary>The outcome.</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>The gateway's id of the paid transaction.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's refund id.</summary>
    public string? MerchantRefundId { get; init; }
    /// <summary>The gateway's refund id.</summary>
    public string? RefundId { get; init; }
    /// <summary>The refund amount.</summary>
    public Amount? RefundAmount { get; init; }
    /// <summary><c>SUCCESS</c>, <c>PROCESSING</c> or <c>FAIL</c>.</summary>
    public string? RefundStatus { get; init; }
    /// <summary>When the refund succeeded, RFC 3339.</summary>
    public string? RefundTime { get; init; }
}
