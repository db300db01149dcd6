namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of <c>alipay.intl.acquiring.offline.notify.pay</c>: a payment reached a final state.</summary>
public sealed record PayNotification
{
    /// <summary>S = paid; F = closed or failed.</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>Partner ID.</summary>
    public string? PartnerId { get; init; }
    /// <summary>The gateway's transaction id.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's transaction id.</summary>
    public string? MerchantTransId { get; init; }
    /// <summary>The order amount.</summary>
    public Amount? OrderAmount { get; init; }
    /// <summary>What the buyer paid.</summary>
    public Amount? PayAmount { get; init; }
    /// <summary>The rate between the order amount and <see cref="PayAmount"/>; reads the object and the older plain-string form.</summary>
    public ExchangeRate? ConversionRate { get; init; }
    /// <summary>When paid, RFC 3339.</summary>
    public string? PaymentTime { get; init; }
}
