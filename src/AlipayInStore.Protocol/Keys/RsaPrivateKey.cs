using System.Security.Cryptography;

namespace AlipayInStore.Protocol.Keys;

/// <summary>A parsed RSA private key of 2048 bits or more; parse once, share freely between threads.</summary>
public sealed class RsaPrivateKey
{
    internal RsaPrivateKey(RSA rsa)
    {
        Bits = rsa.KeySize;
        PublicKey = new RsaPublicKey(CreatePublic(rsa));
        Pool = new RsaKeyPool(rsa, includePrivate: true);
    }

    /// <summary>Key size in bits.</summary>
    public int Bits { get; }

    /// <summary>The matching public key.</summary>
    public RsaPublicKey PublicKey { get; }

    internal RsaKeyPool Pool { get; }

    /// <summary>Loads a private key from PEM (PKCS#1 or PKCS#8) or bare Base64 DER.</summary>
    /// <exception cref="KeyLoadException">Not a private key, under 2048 bits, or not a key at all; the message says which.</exception>
    public static RsaPrivateKey Load(string? text)
    {
        var (rsa, kind) = RsaKeyText.Parse(text);
        if (kind != KeyKind.RsaPrivate)
        {
            rsa.Dispose();
            throw new KeyLoadException("This is a public key where a private key belongs: signing needs the private key (-----BEGIN PRIVATE KEY-----).");
        }
        RsaKeyText.RequireStrength(rsa);
        return new RsaPrivateKey(rsa);
    }

    /// <summary>Generates a new 2048-bit key pair.</summary>
    public static RsaPrivateKey Generate(int bits = 2048) => new(RSA.Create(Math.Max(bits, RsaKeyText.MinimumBits)));

    /// <summary>The key as PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>).</summary>
    public string ExportPem() => Pool.Use(0, static (rsa, _) => rsa.ExportPkcs8PrivateKeyPem());

    private static RSA CreatePublic(RSA rsa)
    {
        var pub = RSA.Create();
        pub.ImportParameters(rsa.ExportParameters(includePrivateParameters: false));
        return pub;
    }
}
