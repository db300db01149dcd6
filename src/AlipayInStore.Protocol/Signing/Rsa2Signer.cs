using System.Security.Cryptography;
using System.Text;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Protocol.Signing;

/// <summary>RSA2 signing (SHA256withRSA, PKCS#1 v1.5) with a parsed private key. Thread-safe.</summary>
public sealed class Rsa2Signer(RsaPrivateKey key) : IMessageSigner
{
    /// <inheritdoc />
    public string SignType => SignTypes.Rsa2;

    /// <summary>The private key used.</summary>
    public RsaPrivateKey Key { get; } = key;

    /// <inheritdoc />
    public string Sign(ReadOnlySpan<byte> content, SignatureEncoding encoding = SignatureEncoding.Base64)
    {
        Span<byte> signature = stackalloc byte[Key.Bits / 8];
        var written = Key.Pool.Use(new SignState(content, signature), static (rsa, s) =>
            rsa.SignData(s.Content, s.Destination, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var base64 = Convert.ToBase64String(signature[..written]);
        return encoding == SignatureEncoding.DoubleBase64 ? Convert.ToBase64String(Encoding.ASCII.GetBytes(base64)) : base64;
    }

    private readonly ref struct SignState(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        public ReadOnlySpan<byte> Content { get; } = content;
        public Span<byte> Destination { get; } = destination;
    }
}
