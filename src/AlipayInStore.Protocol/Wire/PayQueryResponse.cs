namespace AlipayInStore.Protocol.Wire;

/// <summary>Response body of payQuery.</summary>
public sealed record PayQueryResponse
{
    /// <summary>The outcome of the query itself (S means the query worked).</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>The gateway's transaction id.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's transaction id.</summary>
    public string? MerchantTransId { get; init; }
    /// <summary><c>WAIT_BUYER_PAY</c>, <c>SUCCESS</c>, <c>CLOSED</c> or <c>CANCELLED</c>.</summary>
    public string? AcquirementStatus { get; init; }
    /// <summary>The order amount.</summary>
    public Amount? OrderAmount { get; init; }
    /// <summary>What the buyer paid.</summary>
    public Amount? PayAmount { get; init; }
    /// <summary>The rate between the order amount and <see cref="PayAmount"/>, when paid; reads the object and the older plain-string form.</summary>
    public ExchangeRate? ConversionRate { get; init; }
    /// <summary>When paid, RFC 3339.</summary>
    public string? PaymentTime { get; init; }
    /// <summary>Total refunded so far.</summary>
    public Amount? RefundAmount { get; init; }
}
