using System.Globalization;
using System.Text.Json.Nodes;

namespace AlipayInStore.Cli.Observe;

/// <summary>One exchange as one line: aligned text for people, or the gateway's JSON object as it came (<c>--json</c>, one per line).</summary>
internal sealed class ExchangeLine(TextWriter writer, bool json)
{
    private static readonly System.Text.Json.JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public void Write(JsonObject exchange)
    {
        if (json)
        {
            writer.WriteLine(exchange.ToJsonString(Plain));
            writer.Flush();
            return;
        }
        var at = Text(exchange, "at");
        var time = DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) : at;
        var function = Text(exchange, "function");
        var shortName = function.Length == 0 ? "(unknown)" : function[(function.LastIndexOf('.') + 1)..];
        var duration = exchange["durationMs"]?.GetValue<double>() ?? 0;
        var line = $"{time}  {shortName,-9} {Text(exchange, "resultStatus"),-1} {Text(exchange, "resultCode"),-26} sig={Text(exchange, "verification"),-11} {duration,7:0.0} ms"
            + Id(exchange, "clientId") + Id(exchange, "merchantTransId") + Id(exchange, "acquirementId") + Id(exchange, "merchantRefundId") + Id(exchange, "traceId");
        writer.WriteLine(line);
        writer.Flush();
    }

    private static string Text(JsonObject o, string name) => o[name]?.GetValue<string>() ?? "";

    private static string Id(JsonObject o, string name) => o[name]?.GetValue<string>() is { Length: > 0 } v ? $"  {name}={v}" : "";
}
