namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of payQuery; give <see cref="AcquirementId"/> or <see cref="MerchantTransId"/> (the first wins).</summary>
public sealed record PayQueryRequest
{
    /// <summary>Partner ID.</summary>
    public string? PartnerId { get; init; }
    /// <summary>The gateway's transaction id.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's transaction id.</summary>
    public string? MerchantTransId { get; init; }
}
