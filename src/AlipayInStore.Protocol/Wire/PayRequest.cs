namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of <c>alipay.intl.acquiring.offline.pay</c> (merchant-scan).</summary>
public sealed record PayRequest
{
    /// <summary>Partner ID (at most 32).</summary>
    public string? PartnerId { get; init; }
    /// <summary>Always <c>OFFLINE_PAY</c>.</summary>
    public string? ProductCode { get; init; } = "OFFLINE_PAY";
    /// <summary>The merchant's transaction id, unique per partner (at most 64).</summary>
    public string? MerchantTransId { get; init; }
    /// <summary>Always <c>BARCODE</c>.</summary>
    public string? CodeType { get; init; } = "BARCODE";
    /// <summary>The buyer's payment code as scanned (at most 64).</summary>
    public string? IdentityCode { get; init; }
    /// <summary>The order.</summary>
    public Order? Order { get; init; }
    /// <summary>Where to send the payment notification (at most 1024).</summary>
    public string? NotifyUrl { get; init; }
    /// <summary>A JSON object as a string (at most 2048).</summary>
    public string? ExtendInfo { get; init; }
}
