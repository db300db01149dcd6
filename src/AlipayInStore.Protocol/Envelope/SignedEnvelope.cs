using System.Text;

namespace AlipayInStore.Protocol.Envelope;

/// <summary>An envelope written and signed: the bytes to send and where the signed content lies in them.</summary>
public sealed class SignedEnvelope
{
    internal SignedEnvelope(byte[] bytes, int contentStart, int contentLength, string? signature)
    {
        Bytes = bytes;
        ContentStart = contentStart;
        ContentLength = contentLength;
        Signature = signature;
    }

    /// <summary>The whole envelope, UTF-8.</summary>
    public byte[] Bytes { get; }

    /// <summary>Offset of the signed member's text within <see cref="Bytes"/>.</summary>
    public int ContentStart { get; }

    /// <summary>Length of the signed member's text.</summary>
    public int ContentLength { get; }

    /// <summary>The signature written, or null for an unsigned envelope.</summary>
    public string? Signature { get; }

    /// <summary>The exact signed bytes.</summary>
    public ReadOnlyMemory<byte> SignedContent => Bytes.AsMemory(ContentStart, ContentLength);

    /// <summary>The whole envelope as text.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The signed content as text.</summary>
    public string SignedText => Encoding.UTF8.GetString(SignedContent.Span);
}
