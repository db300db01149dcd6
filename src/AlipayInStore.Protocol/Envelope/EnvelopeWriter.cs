using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Protocol.Envelope;

/// <summary>Writes envelopes: head and body serialized once, those exact bytes signed, the envelope emitted around them.</summary>
public static class EnvelopeWriter
{
    // Non-ASCII text stays readable in the signed content; the signature covers the exact bytes either way.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>{"member":{"head":…,"body":…},"signature":"…"}</c>.</summary>
    /// <param name="member"><c>request</c> or <c>response</c>.</param>
    /// <param name="head">The head record.</param>
    /// <param name="headInfo">Its JSON type info (see <see cref="Json.ProtocolJsonContext"/>).</param>
    /// <param name="body">The body record.</param>
    /// <param name="bodyInfo">Its JSON type info.</param>
    /// <param name="signer">The signer, or null for an unsigned envelope (only when the receiver cannot be identified).</param>
    /// <param name="encoding">How an RSA2 signature is written.</param>
    public static SignedEnvelope Write<THead, TBody>(
        string member, THead head, JsonTypeInfo<THead> headInfo, TBody body, JsonTypeInfo<TBody> bodyInfo,
        IMessageSigner? signer, SignatureEncoding encoding = SignatureEncoding.Base64)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("head"u8);
            JsonSerializer.Serialize(writer, head, headInfo);
            writer.WritePropertyName("body"u8);
            JsonSerializer.Serialize(writer, body, bodyInfo);
            writer.WriteEndObject();
        }
        var content = buffer.WrittenSpan;
        var signature = signer?.Sign(content, encoding);

        // {"<member>":<content>,"signature":"<signature>"}
        var prefix = System.Text.Encoding.UTF8.GetBytes("{\"" + member + "\":");
        var suffix = signature is null ? "}"u8.ToArray() : System.Text.Encoding.UTF8.GetBytes(",\"signature\":\"" + signature + "\"}");
        var bytes = new byte[prefix.Length + content.Length + suffix.Length];
        prefix.CopyTo(bytes, 0);
        content.CopyTo(bytes.AsSpan(prefix.Length));
        suffix.CopyTo(bytes, prefix.Length + content.Length);
        return new SignedEnvelope(bytes, prefix.Length, content.Length, signature);
    }
}
