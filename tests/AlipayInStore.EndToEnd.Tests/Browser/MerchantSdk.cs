using AlipayInStore.Client;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>The merchant's side of the browser tests: the SDK, signing with a given private key.</summary>
internal static class MerchantSdk
{
    public static AlipayInStoreClient Client(BrowserGateway gateway, string clientId, string partnerId, string privateKeyPem) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, new AlipayInStoreOptions
        {
            GatewayUrl = gateway.BaseAddress.ToString(),
            ClientId = clientId,
            PartnerId = partnerId,
            MerchantPrivateKey = privateKeyPem,
            GatewayPublicKeyFile = gateway.GatewayPublicKeyFile,
        });

    /// <summary>The seeded merchant, with the key pair the sandbox generated for it.</summary>
    public static AlipayInStoreClient Seeded(BrowserGateway gateway) =>
        Client(gateway, gateway.Seed.Merchant.ClientId, gateway.Seed.Merchant.PartnerId, File.ReadAllText(gateway.Seed.MerchantPrivateKeyPath));

    public static PayRequest Pay(string code, string value, string title = "Flat white") => new()
    {
        MerchantTransId = "BR" + Guid.NewGuid().ToString("N")[..20],
        IdentityCode = code,
        Order = new Order { OrderTitle = title, OrderAmount = new Amount { Currency = "USD", Value = value } },
    };

    public static PreCreateRequest PreCreate(string value, string title = "Table 4") => new()
    {
        MerchantTransId = "QR" + Guid.NewGuid().ToString("N")[..20],
        Order = new Order { OrderTitle = title, OrderAmount = new Amount { Currency = "USD", Value = value } },
    };
}
