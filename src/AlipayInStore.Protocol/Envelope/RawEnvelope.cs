using System.Text;

namespace AlipayInStore.Protocol.Envelope;

/// <summary>An envelope as it travelled: the exact bytes of the signed member, its head and body, and the signature.</summary>
public sealed class RawEnvelope
{
    internal RawEnvelope(ReadOnlyMemory<byte> bytes, string member, Range content, Range head, Range body, string? signature)
    {
        Bytes = bytes;
        Member = member;
        SignedContent = bytes[content];
        Head = bytes[head];
        Body = bytes[body];
        Signature = signature;
    }

    /// <summary>The whole envelope as received.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary><c>request</c> or <c>response</c>.</summary>
    public string Member { get; }

    /// <summary>The exact text of the signed member, from its opening <c>{</c> to its matching <c>}</c>.</summary>
    public ReadOnlyMemory<byte> SignedContent { get; }

    /// <summary>The raw JSON of <c>head</c>, inside the signed content.</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>The raw JSON of <c>body</c>, inside the signed content.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The <c>signature</c> string, or null when the envelope has none.</summary>
    public string? Signature { get; }

    /// <summary>The signed content as text (UTF-8 decoded), for display.</summary>
    public string SignedText => Encoding.UTF8.GetString(SignedContent.Span);
}
