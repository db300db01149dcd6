namespace AlipayInStore.Protocol.Signing;

/// <summary>Verifies a <c>signature</c> over the exact bytes of a signed member.</summary>
public interface IMessageVerifier
{
    /// <summary><c>RSA2</c> or <c>SHA256</c>.</summary>
    string SignType { get; }

    /// <summary>True when <paramref name="signature"/> is valid for <paramref name="content"/>.</summary>
    bool Verify(ReadOnlySpan<byte> content, string? signature);

    /// <summary>Like <see cref="Verify(ReadOnlySpan{byte}, string?)"/>, and tells which encoding the signature used.</summary>
    bool Verify(ReadOnlySpan<byte> content, string? signature, out SignatureEncoding encoding);
}
