namespace AlipayInStore.Protocol.Wire;

/// <summary>Response body of preCreate.</summary>
public sealed record PreCreateResponse
{
    /// <summary>The outcome.</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>The gateway's transaction id.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's transaction id, echoed.</summary>
    public string? MerchantTransId { get; init; }
    /// <summary>A URL for the buyer to scan; render it as a QR code.</summary>
    public string? OrderQrCode { get; init; }
}
