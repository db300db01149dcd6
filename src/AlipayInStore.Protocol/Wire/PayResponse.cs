namespace AlipayInStore.Protocol.Wire;

/// <summary>Response body of pay.</summary>
public sealed record PayResponse
{
    /// <summary>The outcome.</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>The gateway's transaction id.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's transaction id, echoed.</summary>
    public string? MerchantTransId { get; init; }
    /// <summary>The order amount.</summary>
    public Amount? OrderAmount { get; init; }
    /// <summary>What the buyer paid, in the buyer's currency.</summary>
    public Amount? PayAmount { get; init; }
    /// <summary>The rate between the order amount and <see cref="PayAmount"/>; reads the object and the older plain-string form.</summary>
    public ExchangeRate? ConversionRate { get; init; }
    /// <summary>When paid, RFC 3339.</summary>
    public string? PaymentTime { get; init; }
}
