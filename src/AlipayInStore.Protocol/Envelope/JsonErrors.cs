using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AlipayInStore.Protocol.Envelope;

/// <summary>Plain-words reasons for bytes the readers refuse; nothing here throws.</summary>
internal static class JsonErrors
{
    /// <summary>The offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }
        var at = 0;
        while (at < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[at..], out _, out var consumed) != OperationStatus.Done)
            {
                return at;
            }
            at += consumed;
        }
        return -1;
    }

    /// <summary>Why the reader refused the text: too deep, or not JSON, with where.</summary>
    public static string Describe(JsonException ex, int maxDepth) =>
        ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"nested deeper than {maxDepth} levels (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})"
            : $"not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})";

    /// <summary>Reads the string or member name the reader stands on; false when a \u escape is not valid UTF-16 (a lone surrogate).</summary>
    public static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString() ?? "";
            return true;
        }
        catch (InvalidOperationException)
        {
            value = "";
            return false;
        }
    }

    public const string LoneSurrogate = "must be valid Unicode text: a \\u escape in it is a lone surrogate (\\uD800–\\uDFFF must come in pairs)";
}
