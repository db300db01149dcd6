namespace AlipayInStore.Gateway.Tests.Notifications;

/// <summary>How the test receiver answers one delivery.</summary>
internal enum ReceiverAnswer
{
    /// <summary>HTTP 200, S/SUCCESS/00000000, signed with the merchant's key.</summary>
    Acknowledge,
    /// <summary>HTTP 500 with an otherwise good acknowledgement.</summary>
    ServerError,
    /// <summary>Waits longer than the gateway's timeout, then acknowledges.</summary>
    Slow,
    /// <summary>HTTP 200, signed, but resultInfo F/SYSTEM_ERROR.</summary>
    WrongAcknowledgement,
    /// <summary>HTTP 200, S/SUCCESS, signed with a key that is not the merchant's.</summary>
    BadSignature,
    /// <summary>HTTP 200, S/SUCCESS, no signature.</summary>
    Unsigned,
}
