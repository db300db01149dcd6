using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlipayInStore.Cli.Merchant;

/// <summary>Prints results as an aligned two-column table, or as JSON with <c>--json</c>.</summary>
internal sealed class Output(TextWriter writer, bool json)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public void Write(JsonObject result)
    {
        if (json)
        {
            writer.WriteLine(result.ToJsonString(Indented));
            return;
        }
        var rows = new List<(string Key, string Value)>();
        Flatten("", result, rows);
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Key.Length);
        foreach (var (key, value) in rows)
        {
            writer.WriteLine($"{key.PadRight(width)}  {value}");
        }
    }

    private static void Flatten(string prefix, JsonNode? node, List<(string, string)> rows)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Flatten(prefix.Length == 0 ? key : $"{prefix}.{key}", child, rows);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten($"{prefix}[{i}]", array[i], rows);
                }
                break;
            case null:
                break;
            default:
                rows.Add((prefix, node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString()));
                break;
        }
    }
}
