using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlipayInStore.Gateway.ApiReference;

/// <summary><c>/sandbox/reference</c>: the OpenAPI document as a plain page, one section per operation (no script).</summary>
internal static class ReferencePage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly Lazy<string> Html = new(Render);

    public static string Text => Html.Value;

    private static string Render()
    {
        var doc = JsonNode.Parse(OpenApiDocument.Json)!.AsObject();
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>AlipayInStore API reference</title>")
            .Append("<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}code,pre{font-size:.85rem}")
            .Append("pre{background:#f5f5f5;padding:.5rem;overflow:auto;max-height:24rem}section{border-top:1px solid #ddd;padding:.5rem 0}")
            .Append(".m{font-weight:bold;display:inline-block;min-width:4rem}.signed{color:#a40}</style></head><body>")
            .Append("<h1>AlipayInStore API reference</h1><p>").Append(Enc((string?)doc["info"]!["description"]))
            .Append(" Machine-readable: <a href=\"/sandbox/openapi.json\">/sandbox/openapi.json</a>.</p><ul>");
        var operations = Operations(doc).ToList();
        foreach (var (method, path, op) in operations)
        {
            html.Append($"<li><a href=\"#{Anchor(method, path)}\"><span class=\"m\">{method.ToUpperInvariant()}</span> <code>{Enc(path)}</code></a> {Enc((string?)op["summary"])}</li>");
        }
        html.Append("</ul>");
        foreach (var (method, path, op) in operations)
        {
            var signed = op["x-signed"] is not null;
            html.Append($"<section id=\"{Anchor(method, path)}\"><h2><span class=\"m\">{method.ToUpperInvariant()}</span> <code>{Enc(path)}</code>")
                .Append(signed ? " <span class=\"signed\">signed</span>" : "").Append("</h2><p>").Append(Enc((string?)op["summary"])).Append("</p>");
            if (op["description"] is { } description)
            {
                html.Append("<p>").Append(Enc((string?)description)).Append("</p>");
            }
            if (op["requestBody"] is { } request)
            {
                html.Append("<h3>Request</h3><pre>").Append(Enc(request.ToJsonString(Indented))).Append("</pre>");
            }
            html.Append("<h3>Answers</h3><pre>").Append(Enc(op["responses"]!.ToJsonString(Indented))).Append("</pre></section>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject doc)
    {
        foreach (var (path, item) in doc["paths"]!.AsObject())
        {
            foreach (var (method, op) in item!.AsObject())
            {
                yield return (method, path, op!.AsObject());
            }
        }
    }

    private static string Anchor(string method, string path) => method + path.Replace('/', '-').Replace('{', '_').Replace('}', '_');

    private static string Enc(string? text) => WebUtility.HtmlEncode(text ?? "");
}
