using System.Text.Json;

namespace AlipayInStore.Protocol.Envelope;

/// <summary>Turns a deserialization failure into "field rule", the way every refusal on the wire reads.</summary>
internal static class ParseErrors
{
    private static readonly HashSet<string> ObjectFields =
        new(["order", "orderAmount", "seller", "refundAmount", "payAmount", "resultInfo"], StringComparer.Ordinal);

    public static string Describe(string prefix, JsonException ex)
    {
        var field = FieldOf(prefix, ex.Path);
        return ex.InnerException switch
        {
            // The reader itself refused the text: a syntax error or nesting too deep.
            JsonException inner => $"{field} {(inner.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) ? "is nested too deeply" : "is not valid JSON")} (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})",
            InvalidOperationException inner when inner.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase) => $"{field} {JsonErrors.LoneSurrogate}",
            _ => $"{field} {RuleOf(ex)}",
        };
    }

    private static string FieldOf(string prefix, string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? prefix : prefix + path.TrimStart('$');

    // The source-generated fast path names the containing type in its message, so the rule comes from the field name.
    private static string RuleOf(JsonException ex)
    {
        if (ex.Message.StartsWith("must ", StringComparison.Ordinal))
        {
            return ex.Message;
        }
        if (string.IsNullOrEmpty(ex.Path) || ex.Path == "$")
        {
            return "must be a JSON object";
        }
        var last = ex.Path[(ex.Path.LastIndexOf('.') + 1)..];
        return ObjectFields.Contains(last) ? "must be a JSON object" : "must be a JSON string";
    }
}
