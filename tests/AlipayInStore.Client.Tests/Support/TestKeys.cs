using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Testing;

namespace AlipayInStore.Client.Tests.Support;

/// <summary>The shared vector keys: the merchant signs requests, the gateway signs responses and notifications.</summary>
internal static class TestKeys
{
    public static string MerchantPrivatePem { get; } = File.ReadAllText(RepoPaths.Vector("merchant_private_key.pem"));
    public static string MerchantPublicPem { get; } = File.ReadAllText(RepoPaths.Vector("merchant_public_key.pem"));
    public static string GatewayPrivatePem { get; } = File.ReadAllText(RepoPaths.Vector("gateway_private_key_pkcs1.pem"));
    public static string GatewayPublicPem { get; } = File.ReadAllText(RepoPaths.Vector("gateway_public_key.pem"));
    public static string Sha256Key { get; } = File.ReadAllText(RepoPaths.Vector("sha256_key.txt")).TrimEnd('\r', '\n');

    public static Rsa2Signer GatewaySigner { get; } = new(RsaPrivateKey.Load(GatewayPrivatePem));
    public static Rsa2Signer MerchantSigner { get; } = new(RsaPrivateKey.Load(MerchantPrivatePem));
    public static Rsa2Verifier MerchantVerifier { get; } = new(RsaPublicKey.Load(MerchantPublicPem));

    public const string ClientId = "5J5XHX2YKW9VW8A8";
    public const string PartnerId = "2088101122136241";

    public static AlipayInStoreOptions Options(string gatewayUrl) => new()
    {
        GatewayUrl = gatewayUrl,
        ClientId = ClientId,
        PartnerId = PartnerId,
        MerchantPrivateKey = MerchantPrivatePem,
        GatewayPublicKey = GatewayPublicPem,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
    };
}
