using System.Security.Cryptography;
using AlipayInStore.Protocol.Keys;

namespace AlipayInStore.Protocol.Signing;

/// <summary>RSA2 verification with a parsed public key; accepts single or double Base64. Thread-safe.</summary>
public sealed class Rsa2Verifier(RsaPublicKey key) : IMessageVerifier
{
    /// <inheritdoc />
    public string SignType => SignTypes.Rsa2;

    /// <summary>The public key used.</summary>
    public RsaPublicKey Key { get; } = key;

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> content, string? signature) => Verify(content, signature, out _);

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> content, string? signature, out SignatureEncoding encoding)
    {
        encoding = SignatureEncoding.Base64;
        if (string.IsNullOrEmpty(signature) || signature.Length > 8192)
        {
            return false;
        }
        var raw = TryBase64(signature);
        if (raw is null)
        {
            return false;
        }
        if (raw.Length != Key.Bits / 8)
        {
            // Double Base64: the decoded bytes are themselves Base64 text.
            raw = TryBase64(System.Text.Encoding.ASCII.GetString(raw));
            encoding = SignatureEncoding.DoubleBase64;
            if (raw is null || raw.Length != Key.Bits / 8)
            {
                return false;
            }
        }
        return Key.Pool.Use(new VerifyState(content, raw), static (rsa, s) =>
            rsa.VerifyData(s.Content, s.Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var n) ? buffer[..n] : null;
    }

    private readonly ref struct VerifyState(ReadOnlySpan<byte> content, ReadOnlySpan<byte> signature)
    {
        public ReadOnlySpan<byte> Content { get; } = content;
        public ReadOnlySpan<byte> Signature { get; } = signature;
    }
}
