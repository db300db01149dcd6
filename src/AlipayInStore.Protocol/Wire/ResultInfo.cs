namespace AlipayInStore.Protocol.Wire;

/// <summary>The outcome carried by every response body.</summary>
public sealed record ResultInfo
{
    /// <summary><c>S</c> success, <c>F</c> failed (final), <c>U</c> unknown (query, then decide).</summary>
    public string? ResultStatus { get; init; }
    /// <summary>8-digit code id, <c>00000000</c> for success.</summary>
    public string? ResultCodeId { get; init; }
    /// <summary>The result code, e.g. <c>SUCCESS</c> or <c>PARAM_ILLEGAL</c>.</summary>
    public string? ResultCode { get; init; }
    /// <summary>Human text; for <c>PARAM_ILLEGAL</c> it names the field and the rule broken.</summary>
    public string? ResultMsg { get; init; }
}
