namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of a merchant's acknowledgement of a notification.</summary>
public sealed record AcknowledgementBody
{
    /// <summary>S / SUCCESS / 00000000 to acknowledge.</summary>
    public ResultInfo? ResultInfo { get; init; }
}
