using System.Collections.Concurrent;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// Parsed verifiers per merchant and key version (keys are parsed once, not per request), and the signer that
/// answers a merchant: the gateway's RSA2 key, or the merchant's SHA256 key when its sign type setting is SHA256.
/// </summary>
internal sealed class MerchantCredentials(GatewayKeys keys)
{
    private readonly ConcurrentDictionary<(long Id, int Version, string SignType), Lazy<IMessageVerifier?>> _verifiers = new();

    /// <summary>The verifier for the merchant's requests, or null with the reason when none is set up.</summary>
    public IMessageVerifier? VerifierFor(Merchant merchant, string signType, out string? problem)
    {
        var verifier = _verifiers.GetOrAdd((merchant.Id, merchant.KeyVersion, signType), _ => new Lazy<IMessageVerifier?>(() => Create(merchant, signType))).Value;
        problem = verifier is not null ? null
            : signType == SignTypes.Sha256
                ? "No SHA256 key is set up for this merchant: generate one in the portal or sign with RSA2"
                : "No RSA2 public key is uploaded for this merchant: upload it in the portal (Sandbox Information → Basic Information)";
        return verifier;
    }

    /// <summary>Forgets every parsed key (after a reset, merchant row ids can be given out again).</summary>
    public void Clear() => _verifiers.Clear();

    /// <summary>The signer of answers and notifications to <paramref name="merchant"/>: as its sign type setting says.</summary>
    public IMessageSigner SignerFor(Merchant merchant) =>
        merchant.SignType == SignTypes.Sha256 && merchant.Sha256Key is { Length: > 0 } key ? new Sha256KeyScheme(key) : keys.Signer;

    private static IMessageVerifier? Create(Merchant merchant, string signType)
    {
        if (signType == SignTypes.Sha256)
        {
            return merchant.Sha256Key is { Length: > 0 } key ? new Sha256KeyScheme(key) : null;
        }
        try
        {
            return merchant.RsaPublicKeyPem is { } pem ? new Rsa2Verifier(RsaPublicKey.Load(pem)) : null;
        }
        catch (KeyLoadException)
        {
            return null;
        }
    }
}
