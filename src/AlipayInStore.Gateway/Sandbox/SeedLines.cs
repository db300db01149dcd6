using System.Text.Json;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>The line (1-based) each member of a JSON document starts on, by path (<c>merchants[0].partnerId</c>).</summary>
internal static class SeedLines
{
    public static Dictionary<string, int> Index(byte[] json)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new Stack<(string Prefix, int Index, bool Array)>();
        var current = "";
        while (reader.Read())
        {
            var line = 1 + json.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = (path.Count > 0 ? path.Peek().Prefix : "") is { Length: > 0 } p ? p + "." + reader.GetString() : reader.GetString()!;
                    current = name;
                    lines.TryAdd(name, line);
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var here = NextElement(path, ref current, lines, line);
                    path.Push((here, -1, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.Pop();
                    break;
                default:
                    NextElement(path, ref current, lines, line);
                    break;
            }
        }
        return lines;
    }

    private static string NextElement(Stack<(string Prefix, int Index, bool Array)> path, ref string current, Dictionary<string, int> lines, int line)
    {
        if (path.Count == 0 || !path.Peek().Array)
        {
            return current;
        }
        var (prefix, index, _) = path.Pop();
        path.Push((prefix, index + 1, true));
        var element = $"{prefix}[{index + 1}]";
        lines.TryAdd(element, line);
        return element;
    }

    /// <summary>The line of <paramref name="field"/>, else of its nearest parent present in the file.</summary>
    public static int LineOf(Dictionary<string, int> lines, string field)
    {
        for (var path = field; path.Length > 0; path = Parent(path))
        {
            if (lines.TryGetValue(path, out var line))
            {
                return line;
            }
        }
        return 1;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
