namespace AlipayInStore.Protocol.Wire;

/// <summary>A response body that carries only <c>resultInfo</c>: the answer to a request refused before its function ran.</summary>
public sealed record ResultBody
{
    /// <summary>The outcome.</summary>
    public ResultInfo? ResultInfo { get; init; }
}
