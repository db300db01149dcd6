namespace AlipayInStore.Protocol.Signing;

/// <summary>Signs the exact bytes of a signed member.</summary>
public interface IMessageSigner
{
    /// <summary><c>RSA2</c> or <c>SHA256</c>.</summary>
    string SignType { get; }

    /// <summary>The <c>signature</c> string for <paramref name="content"/>.</summary>
    string Sign(ReadOnlySpan<byte> content, SignatureEncoding encoding = SignatureEncoding.Base64);
}
