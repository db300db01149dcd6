namespace AlipayInStore.Client.Internal;

/// <summary>Plain-words explanations of key problems, shared by the client and the diagnostics.</summary>
internal static class KeyMessages
{
    public const string MixUp =
        "GatewayPublicKey is your own merchant public key, not the gateway's. Your public key is the one you upload " +
        "to the portal; configure the gateway public key you download from the portal instead. With this mix-up every " +
        "response from the real gateway would be refused.";
}
