using System.Security.Cryptography;

namespace AlipayInStore.Protocol.Keys;

/// <summary>Turns key text (PEM of any common label, or bare Base64 DER) into an RSA instance, or says what is wrong.</summary>
internal static class RsaKeyText
{
    public const int MinimumBits = 2048;

    public static (RSA Rsa, KeyKind Kind) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new KeyLoadException("The key is empty.");
        }
        var trimmed = text.Trim();
        return trimmed.Contains("-----BEGIN", StringComparison.Ordinal) ? ParsePem(trimmed) : ParseDer(DecodeBase64(trimmed));
    }

    private static (RSA, KeyKind) ParsePem(string text)
    {
        if (!PemEncoding.TryFind(text, out var fields))
        {
            throw new KeyLoadException("The PEM text is damaged: a -----BEGIN line needs a matching -----END line with Base64 between them.");
        }
        var label = text[fields.Label];
        var der = Convert.FromBase64String(text[fields.Base64Data]);
        return label switch
        {
            "RSA PRIVATE KEY" => (Import(der, (r, d) => r.ImportRSAPrivateKey(d, out _), "PKCS#1 private key"), KeyKind.RsaPrivate),
            "PRIVATE KEY" => (Import(der, (r, d) => r.ImportPkcs8PrivateKey(d, out _), "PKCS#8 private key"), KeyKind.RsaPrivate),
            "PUBLIC KEY" => (Import(der, (r, d) => r.ImportSubjectPublicKeyInfo(d, out _), "public key"), KeyKind.RsaPublic),
            "RSA PUBLIC KEY" => (Import(der, (r, d) => r.ImportRSAPublicKey(d, out _), "PKCS#1 public key"), KeyKind.RsaPublic),
            "ENCRYPTED PRIVATE KEY" => throw new KeyLoadException(
                "This private key is encrypted with a password; export it without one (openssl pkcs8 -topk8 -nocrypt)."),
            "CERTIFICATE" => throw new KeyLoadException(
                "This is a certificate, not a key; extract its public key (openssl x509 -pubkey -noout)."),
            "EC PRIVATE KEY" or "OPENSSH PRIVATE KEY" or "DSA PRIVATE KEY" => throw new KeyLoadException(
                $"This is not an RSA key ({label}); RSA2 needs an RSA key of 2048 bits or more."),
            _ => throw new KeyLoadException($"Unexpected PEM label '{label}'; expected PUBLIC KEY, PRIVATE KEY or RSA PRIVATE KEY."),
        };
    }

    private static byte[] DecodeBase64(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.StartsWith("ssh-", StringComparison.Ordinal))
        {
            throw new KeyLoadException("This is an SSH public key (ssh-rsa …), not an RSA2 signing key; give the PEM public key.");
        }
        try
        {
            return Convert.FromBase64String(compact);
        }
        catch (FormatException)
        {
            throw new KeyLoadException("This is not a key: expected PEM (-----BEGIN PUBLIC KEY----- …) or bare Base64 DER.");
        }
    }

    private static (RSA, KeyKind) ParseDer(byte[] der)
    {
        var attempts = new (Action<RSA, byte[]> Import, KeyKind Kind)[]
        {
            ((r, d) => r.ImportPkcs8PrivateKey(d, out _), KeyKind.RsaPrivate),
            ((r, d) => r.ImportRSAPrivateKey(d, out _), KeyKind.RsaPrivate),
            ((r, d) => r.ImportSubjectPublicKeyInfo(d, out _), KeyKind.RsaPublic),
            ((r, d) => r.ImportRSAPublicKey(d, out _), KeyKind.RsaPublic),
        };
        foreach (var (import, kind) in attempts)
        {
            var rsa = RSA.Create();
            try
            {
                import(rsa, der);
                return (rsa, kind);
            }
            catch (CryptographicException)
            {
                rsa.Dispose();
            }
        }
        throw new KeyLoadException("This is not an RSA key: the Base64 text decodes, but not to a PKCS#1, PKCS#8 or SubjectPublicKeyInfo RSA key.");
    }

    private static RSA Import(byte[] der, Action<RSA, byte[]> import, string what)
    {
        var rsa = RSA.Create();
        try
        {
            import(rsa, der);
            return rsa;
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new KeyLoadException($"The {what} is damaged or is not an RSA key: {ex.Message}", ex);
        }
    }

    public static void RequireStrength(RSA rsa)
    {
        if (rsa.KeySize < MinimumBits)
        {
            throw new KeyLoadException($"{rsa.KeySize}-bit keys are refused: RSA2 needs keys of {MinimumBits} bits or more.");
        }
    }
}
