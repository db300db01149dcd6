using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Client.Internal;

/// <summary>The parsed keys of one merchant: parsed once, shared by every call and thread.</summary>
internal sealed class AlipayCredentials
{
    private AlipayCredentials(IMessageSigner signer, IMessageVerifier verifier, SignatureEncoding encoding)
    {
        Signer = signer;
        Verifier = verifier;
        Encoding = encoding;
    }

    /// <summary>Signs requests and acknowledgements with the merchant's key.</summary>
    public IMessageSigner Signer { get; }

    /// <summary>Verifies responses and notifications with the gateway's key.</summary>
    public IMessageVerifier Verifier { get; }

    public SignatureEncoding Encoding { get; }

    public string SignType => Signer.SignType;

    public static AlipayCredentials From(AlipayInStoreOptions options)
    {
        var encoding = options.DoubleBase64Signatures ? SignatureEncoding.DoubleBase64 : SignatureEncoding.Base64;
        switch (options.SignType)
        {
            case SignTypes.Sha256:
                if (string.IsNullOrEmpty(options.Sha256Key))
                {
                    throw new AlipayConfigurationException("SignType is SHA256 but Sha256Key is not set.");
                }
                var scheme = new Sha256KeyScheme(options.Sha256Key);
                return new AlipayCredentials(scheme, scheme, encoding);
            case SignTypes.Rsa2:
                var privateKey = Load(KeyText.Read(options.MerchantPrivateKey, options.MerchantPrivateKeyFile, "MerchantPrivateKey"), "MerchantPrivateKey", RsaPrivateKey.Load);
                var publicKey = Load(KeyText.Read(options.GatewayPublicKey, options.GatewayPublicKeyFile, "GatewayPublicKey"), "GatewayPublicKey", RsaPublicKey.Load);
                if (publicKey.SameKeyAs(privateKey.PublicKey))
                {
                    throw new AlipayConfigurationException(KeyMessages.MixUp);
                }
                return new AlipayCredentials(new Rsa2Signer(privateKey), new Rsa2Verifier(publicKey), encoding);
            default:
                throw new AlipayConfigurationException($"SignType '{options.SignType}' is not supported: use RSA2 or SHA256 (upper case).");
        }
    }

    private static T Load<T>(string? text, string name, Func<string?, T> load)
    {
        if (text is null)
        {
            throw new AlipayConfigurationException($"{name} is not set: give the PEM text in {name} or a path in {name}File.");
        }
        try
        {
            return load(text);
        }
        catch (KeyLoadException ex)
        {
            throw new AlipayConfigurationException($"{name}: {ex.Message}", ex);
        }
    }
}
