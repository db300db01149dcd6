namespace AlipayInStore.Protocol.Wire;

/// <summary>Response body of payCancel.</summary>
public sealed record PayCancelResponse
{
    /// <summary>The outcome.</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>The gateway's transaction id.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's transaction id.</summary>
    public string? MerchantTransId { get; init; }
}
