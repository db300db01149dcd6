namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of <c>alipay.intl.acquiring.offline.preCreate</c> (customer-scan).</summary>
public sealed record PreCreateRequest
{
    /// <summary>Partner ID (at most 32).</summary>
    public string? PartnerId { get; init; }
    /// <summary>Always <c>OFFLINE_PAY</c>.</summary>
    public string? ProductCode { get; init; } = "OFFLINE_PAY";
    /// <summary>The merchant's transaction id, unique per partner (at most 64).</summary>
    public string? MerchantTransId { get; init; }
    /// <summary>The order.</summary>
    public Order? Order { get; init; }
    /// <summary>Where to send the payment notification (at most 1024).</summary>
    public string? NotifyUrl { get; init; }
    /// <summary>When the order expires, RFC 3339; default 30 minutes, at most 2 hours ahead.</summary>
    public string? ExpiryTime { get; init; }
    /// <summary>A JSON object as a string (at most 2048).</summary>
    public string? ExtendInfo { get; init; }
}
