namespace AlipayInStore.Protocol.Wire;

/// <summary>The <c>head</c> of a response or acknowledgement envelope.</summary>
public sealed record ResponseHead
{
    /// <summary>Protocol version, always <c>2.0.2</c>.</summary>
    public string? Version { get; init; }
    /// <summary>The function answered.</summary>
    public string? Function { get; init; }
    /// <summary>The merchant's Client ID.</summary>
    public string? ClientId { get; init; }
    /// <summary>Response time, RFC 3339 with offset.</summary>
    public string? RespTime { get; init; }
    /// <summary>The request's <c>reqMsgId</c>, echoed.</summary>
    public string? ReqMsgId { get; init; }
}
