namespace AlipayInStore.Protocol.Wire;

/// <summary>The <c>head</c> of a request or notification envelope.</summary>
public sealed record RequestHead
{
    /// <summary>Protocol version, always <c>2.0.2</c>.</summary>
    public string? Version { get; init; }
    /// <summary>The function name, e.g. <c>alipay.intl.acquiring.offline.pay</c>.</summary>
    public string? Function { get; init; }
    /// <summary>The merchant's Client ID (at most 32 characters).</summary>
    public string? ClientId { get; init; }
    /// <summary>Request time, RFC 3339 with offset, e.g. <c>2026-11-27T10:15:00+08:00</c>.</summary>
    public string? ReqTime { get; init; }
    /// <summary>Unique message id (at most 64 characters); not a business idempotency key.</summary>
    public string? ReqMsgId { get; init; }
    /// <summary>Optional free "Key/Value" text (at most 256 characters), e.g. <c>{}</c>; carried as sent, never parsed.</summary>
    public string? Reserve { get; init; }
    /// <summary><c>RSA2</c> (the default when absent) or <c>SHA256</c>.</summary>
    public string? SignType { get; init; }
}
