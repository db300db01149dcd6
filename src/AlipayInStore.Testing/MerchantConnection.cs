using AlipayInStore.Client;

namespace AlipayInStore.Testing;

/// <summary>The one place a test double fills in how a client reaches its gateway as one merchant.</summary>
internal static class MerchantConnection
{
    /// <summary>Sets the gateway URL, the merchant's ids and both keys; the caller adds what is its own (retries, SHA256 key).</summary>
    public static void Fill(AlipayInStoreOptions options, string gatewayUrl, string clientId, string partnerId, string merchantPrivateKeyPem, string gatewayPublicKeyPem)
    {
        options.GatewayUrl = gatewayUrl;
        options.ClientId = clientId;
        options.PartnerId = partnerId;
        options.MerchantPrivateKey = merchantPrivateKeyPem;
        options.GatewayPublicKey = gatewayPublicKeyPem;
    }
}
