using System.Security.Cryptography;
using System.Text;

namespace AlipayInStore.Protocol.Signing;

/// <summary>The SHA256 scheme: <c>signature</c> = lower-case hex of SHA-256(content + shared key). Signs and verifies.</summary>
public sealed class Sha256KeyScheme : IMessageSigner, IMessageVerifier
{
    private readonly byte[] _key;

    /// <summary>Uses the shared SHA256 key issued to a merchant.</summary>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public Sha256KeyScheme(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("The SHA256 key is empty.", nameof(key));
        }
        _key = Encoding.UTF8.GetBytes(key);
    }

    /// <inheritdoc cref="IMessageSigner.SignType" />
    public string SignType => SignTypes.Sha256;

    /// <inheritdoc />
    public string Sign(ReadOnlySpan<byte> content, SignatureEncoding encoding = SignatureEncoding.Base64)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(content, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> content, string? signature) => Verify(content, signature, out _);

    /// <inheritdoc />
    public bool Verify(ReadOnlySpan<byte> content, string? signature, out SignatureEncoding encoding)
    {
        encoding = SignatureEncoding.Base64;
        if (signature is null || signature.Length != SHA256.HashSizeInBytes * 2)
        {
            return false;
        }
        Span<byte> given = stackalloc byte[SHA256.HashSizeInBytes];
        if (Convert.FromHexString(signature, given, out _, out var written) != System.Buffers.OperationStatus.Done || written != given.Length)
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(content, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private void Hash(ReadOnlySpan<byte> content, Span<byte> destination)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        hash.AppendData(_key);
        hash.GetHashAndReset(destination);
    }
}
