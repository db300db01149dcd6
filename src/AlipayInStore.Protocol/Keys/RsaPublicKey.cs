using System.Security.Cryptography;

namespace AlipayInStore.Protocol.Keys;

/// <summary>A parsed RSA public key of 2048 bits or more; parse once, share freely between threads.</summary>
public sealed class RsaPublicKey
{
    internal RsaPublicKey(RSA rsa)
    {
        Bits = rsa.KeySize;
        SubjectPublicKeyInfo = rsa.ExportSubjectPublicKeyInfo();
        Fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(SubjectPublicKeyInfo)).TrimEnd('=');
        Pool = new RsaKeyPool(rsa, includePrivate: false);
    }

    /// <summary>Key size in bits.</summary>
    public int Bits { get; }

    /// <summary>DER SubjectPublicKeyInfo bytes.</summary>
    public byte[] SubjectPublicKeyInfo { get; }

    /// <summary>SHA-256 of the DER SubjectPublicKeyInfo, Base64 without padding, prefixed <c>SHA256:</c>.</summary>
    public string Fingerprint { get; }

    internal RsaKeyPool Pool { get; }

    /// <summary>Loads a public key from PEM (SubjectPublicKeyInfo or PKCS#1) or bare Base64 DER.</summary>
    /// <exception cref="KeyLoadException">A private key, under 2048 bits, or not a key at all; the message says which.</exception>
    public static RsaPublicKey Load(string? text)
    {
        var (rsa, kind) = RsaKeyText.Parse(text);
        if (kind != KeyKind.RsaPublic)
        {
            rsa.Dispose();
            throw new KeyLoadException("This is a private key where a public key belongs: keep the private key secret and give its public key (openssl rsa -pubout).");
        }
        RsaKeyText.RequireStrength(rsa);
        return new RsaPublicKey(rsa);
    }

    /// <summary>The key as PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public string ExportPem() => PemEncoding.WriteString("PUBLIC KEY", SubjectPublicKeyInfo);

    /// <summary>True when both keys are the same public key.</summary>
    public bool SameKeyAs(RsaPublicKey other) => SubjectPublicKeyInfo.AsSpan().SequenceEqual(other.SubjectPublicKeyInfo);
}
