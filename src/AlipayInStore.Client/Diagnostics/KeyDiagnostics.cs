using System.Text;
using AlipayInStore.Client.Internal;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Client;

/// <summary>The checks behind <see cref="AlipayInStoreClient.ValidateAsync"/>; also usable on options alone.</summary>
public static class KeyDiagnostics
{
    private static readonly byte[] Probe = Encoding.UTF8.GetBytes("{\"head\":{\"function\":\"self-test\"},\"body\":{}}");

    /// <summary>Runs every check on <paramref name="options"/>; never throws for a bad key.</summary>
    public static KeyValidationReport Run(AlipayInStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var checks = new List<KeyCheck>
        {
            Required("GatewayUrl", options.GatewayUrl is not null && Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out _), "an absolute URL such as https://open-na.alipay.com"),
            Required("ClientId", !string.IsNullOrWhiteSpace(options.ClientId), "the Client ID from Merchant Information"),
            Required("PartnerId", !string.IsNullOrWhiteSpace(options.PartnerId), "the Partner ID from Merchant Information"),
        };
        if (options.SignType == SignTypes.Sha256)
        {
            checks.Add(CheckSha256(options.Sha256Key));
        }
        else if (options.SignType == SignTypes.Rsa2)
        {
            CheckRsa2(options, checks);
        }
        else
        {
            checks.Add(new KeyCheck("SignType", false, $"'{options.SignType}' is not supported: use RSA2 or SHA256 (upper case)."));
        }
        return new KeyValidationReport(checks);
    }

    private static void CheckRsa2(AlipayInStoreOptions options, List<KeyCheck> checks)
    {
        var privateKey = Load("MerchantPrivateKey", options.MerchantPrivateKey, options.MerchantPrivateKeyFile, RsaPrivateKey.Load, k => k.Bits, checks);
        var gatewayKey = Load("GatewayPublicKey", options.GatewayPublicKey, options.GatewayPublicKeyFile, RsaPublicKey.Load, k => k.Bits, checks);
        if (privateKey is not null)
        {
            var signature = new Rsa2Signer(privateKey).Sign(Probe);
            var ok = new Rsa2Verifier(privateKey.PublicKey).Verify(Probe, signature);
            checks.Add(new KeyCheck("SelfTest", ok, ok
                ? $"a test message signed with the merchant private key verifies with its public key ({privateKey.PublicKey.Fingerprint}); upload that public key to the portal."
                : "a test message signed with the merchant private key does not verify with its own public key."));
        }
        if (privateKey is not null && gatewayKey is not null)
        {
            var mixUp = gatewayKey.SameKeyAs(privateKey.PublicKey);
            checks.Add(new KeyCheck("KeyPair", !mixUp, mixUp
                ? KeyMessages.MixUp
                : $"the gateway public key ({gatewayKey.Fingerprint}) is not the merchant's own key."));
        }
    }

    private static T? Load<T>(string name, string? inline, string? file, Func<string?, T> load, Func<T, int> bits, List<KeyCheck> checks)
        where T : class
    {
        try
        {
            var text = KeyText.Read(inline, file, name);
            if (text is null)
            {
                checks.Add(new KeyCheck(name, false, $"not set: give the PEM text in {name} or a path in {name}File."));
                return null;
            }
            var key = load(text);
            checks.Add(new KeyCheck(name, true, $"loads: RSA {bits(key)} bits."));
            return key;
        }
        catch (Exception ex) when (ex is KeyLoadException or AlipayConfigurationException)
        {
            checks.Add(new KeyCheck(name, false, ex.Message));
            return null;
        }
    }

    private static KeyCheck CheckSha256(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return new KeyCheck("Sha256Key", false, "SignType is SHA256 but Sha256Key is not set.");
        }
        var scheme = new Sha256KeyScheme(key);
        var ok = scheme.Verify(Probe, scheme.Sign(Probe));
        return new KeyCheck("Sha256Key", ok && key.Length >= 16, key.Length >= 16
            ? "set; a sign/verify self-test passes."
            : $"only {key.Length} characters: use the full key issued to the merchant.");
    }

    private static KeyCheck Required(string name, bool present, string what) =>
        new(name, present, present ? "set." : $"missing: it must be {what}.");
}
