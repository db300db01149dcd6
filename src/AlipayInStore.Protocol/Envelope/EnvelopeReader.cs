using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AlipayInStore.Protocol.Envelope;

/// <summary>
/// Reads envelopes from raw bytes without re-serializing anything: the signed member's exact text is cut
/// out where it stands, whatever the order of members and the whitespace. Never throws: any bytes at all
/// (not UTF-8, truncated, nested too deep, bad escapes) give false and a reason.
/// </summary>
public static class EnvelopeReader
{
    /// <summary>The default size limit of an envelope: 64 KiB.</summary>
    public const int DefaultMaxBytes = 64 * 1024;

    /// <summary>How deep an envelope may nest.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = MaxDepth };

    /// <summary>Reads an envelope whose signed member is <paramref name="member"/> (<c>request</c> or <c>response</c>).</summary>
    /// <param name="utf8">The raw body as received.</param>
    /// <param name="member"><c>request</c> or <c>response</c>.</param>
    /// <param name="envelope">The envelope, when it could be read.</param>
    /// <param name="error">Why it could not be read, in plain words.</param>
    /// <param name="maxBytes">Size limit in bytes.</param>
    public static bool TryRead(
        ReadOnlyMemory<byte> utf8, string member,
        [NotNullWhen(true)] out RawEnvelope? envelope, [NotNullWhen(false)] out string? error,
        int maxBytes = DefaultMaxBytes)
    {
        envelope = null;
        if (utf8.Length > maxBytes)
        {
            error = $"the envelope is {utf8.Length} bytes, over the limit of {maxBytes} bytes";
            return false;
        }
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }
        if (JsonErrors.FirstInvalidUtf8(utf8.Span) is var bad and >= 0)
        {
            error = $"not valid UTF-8 (byte {bad + 1} starts no valid UTF-8 sequence)";
            return false;
        }
        try
        {
            return TryReadCore(utf8, member, out envelope, out error);
        }
        catch (JsonException ex)
        {
            error = JsonErrors.Describe(ex, MaxDepth);
            return false;
        }
    }

    private static bool TryReadCore(ReadOnlyMemory<byte> utf8, string member, out RawEnvelope? envelope, out string? error)
    {
        envelope = null;
        var reader = new Utf8JsonReader(utf8.Span, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            error = $"not an envelope: expected a JSON object with '{member}' and 'signature'";
            return false;
        }
        if (!TryMembers(ref reader, member, "signature", out var content, out var signatureRange, out error))
        {
            return false;
        }
        if (HasTrailing(ref reader))
        {
            error = $"trailing characters after the envelope at byte {reader.BytesConsumed + 1}";
            return false;
        }
        if (content is not { } contentRange)
        {
            error = $"not an envelope: no '{member}' member";
            return false;
        }
        string? signature = null;
        if (signatureRange is { } sig)
        {
            var sigReader = new Utf8JsonReader(utf8.Span[sig], Options);
            sigReader.Read();
            if (sigReader.TokenType != JsonTokenType.String)
            {
                error = "'signature' must be a string";
                return false;
            }
            if (!JsonErrors.TryGetString(ref sigReader, out var text))
            {
                error = "'signature' " + JsonErrors.LoneSurrogate;
                return false;
            }
            signature = text;
        }
        if (!TryReadContent(utf8, contentRange, member, out var head, out var body, out error))
        {
            return false;
        }
        envelope = new RawEnvelope(utf8, member, contentRange, head, body, signature);
        return true;
    }

    private static bool TryReadContent(ReadOnlyMemory<byte> utf8, Range content, string member, out Range head, out Range body, out string? error)
    {
        head = body = default;
        var (offset, _) = content.GetOffsetAndLength(utf8.Length);
        var reader = new Utf8JsonReader(utf8.Span[content], Options);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            error = $"'{member}' must be a JSON object with 'head' and 'body'";
            return false;
        }
        if (!TryMembers(ref reader, "head", "body", out var h, out var b, out error, member + "."))
        {
            return false;
        }
        foreach (var (name, range) in new[] { ("head", h), ("body", b) })
        {
            if (range is null)
            {
                error = $"{member}.{name} is required";
                return false;
            }
            if (utf8.Span[Shift(range.Value, offset)][0] != (byte)'{')
            {
                error = $"{member}.{name} must be a JSON object";
                return false;
            }
        }
        head = Shift(h!.Value, offset);
        body = Shift(b!.Value, offset);
        return true;
    }

    // Walks the members of the object the reader stands on, recording where the two wanted values lie.
    private static bool TryMembers(ref Utf8JsonReader reader, string first, string second, out Range? firstRange, out Range? secondRange, out string? error, string prefix = "")
    {
        firstRange = secondRange = null;
        error = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!JsonErrors.TryGetString(ref reader, out var name))
            {
                error = (prefix.Length == 0 ? "a member name " : $"a member name in '{prefix.TrimEnd('.')}' ") + JsonErrors.LoneSurrogate;
                return false;
            }
            if (!seen.Add(name))
            {
                error = $"the member '{prefix}{name}' appears twice";
                return false;
            }
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var range = new Range(start, (int)reader.BytesConsumed);
            if (name == first)
            {
                firstRange = range;
            }
            else if (name == second)
            {
                secondRange = range;
            }
        }
        return true;
    }

    private static bool HasTrailing(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private static Range Shift(Range range, int offset) =>
        new(range.Start.Value + offset, range.End.Value + offset);

    /// <summary>Deserializes a head or body; the error names the field (<paramref name="prefix"/> first) and the rule. Never throws.</summary>
    public static bool TryParse<T>(ReadOnlyMemory<byte> json, JsonTypeInfo<T> info, string prefix, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        if (JsonErrors.FirstInvalidUtf8(json.Span) is var bad and >= 0)
        {
            error = $"{prefix} is not valid UTF-8 (byte {bad + 1} starts no valid UTF-8 sequence)";
            return false;
        }
        try
        {
            value = JsonSerializer.Deserialize(json.Span, info);
            error = value is null ? $"{prefix} must be a JSON object" : null;
            return value is not null;
        }
        catch (JsonException ex)
        {
            value = default;
            error = ParseErrors.Describe(prefix, ex);
            return false;
        }
    }
}
