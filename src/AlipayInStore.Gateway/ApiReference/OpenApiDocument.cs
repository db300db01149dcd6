using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Sandbox;

namespace AlipayInStore.Gateway.ApiReference;

/// <summary>
/// The OpenAPI 3.1 document of the control API and the five signed functions, built once from
/// <see cref="ControlCatalog"/> and <see cref="SignedFunctions"/>; schemas come from the very types the endpoints answer with.
/// </summary>
internal static partial class OpenApiDocument
{
    // The control API answers with Results.Json: web defaults (camelCase), reflection-based.
    // (Reading numbers from strings is tolerated, but answers always write numbers: describe what is written.)
    private static readonly JsonSerializerOptions ControlJson = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
    };

    private static readonly JsonSchemaExporterOptions Exporter = new() { TreatNullObliviousAsNonNullable = true };
    private static readonly Lazy<string> Text = new(() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public static string Json => Text.Value;

    /// <summary><c>{id:long}</c> → <c>{id}</c>: OpenAPI paths carry names only.</summary>
    public static string PathOf(string route) => Constraint().Replace(route, "{$1}");

    public static JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (var operation in ControlCatalog.All)
        {
            var path = PathOf(operation.Route);
            if (paths[path] is not JsonObject item)
            {
                paths[path] = item = new JsonObject();
            }
            item[operation.Method.ToLowerInvariant()] = Operation(operation);
        }
        var webhooks = new JsonObject();
        SignedFunctions.AddTo(paths, webhooks);
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "AlipayInStore sandbox gateway",
                ["version"] = typeof(OpenApiDocument).Assembly.GetName().Version?.ToString() ?? "0",
                ["description"] = "The sandbox control API (under /sandbox, bearer token printed at start) and the five Alipay in-store functions (signed envelopes). See docs/sandbox.md and docs/protocol.md.",
            },
            ["paths"] = paths,
            ["webhooks"] = webhooks,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject { ["sandboxToken"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" } },
                ["schemas"] = new JsonObject { ["SandboxError"] = Schema(typeof(SandboxError)) },
            },
        };
    }

    private static JsonObject Operation(ControlOperation op)
    {
        var parameters = new JsonArray();
        foreach (Match name in PathParameter().Matches(op.Route))
        {
            parameters.Add(new JsonObject { ["name"] = name.Groups[1].Value, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        }
        foreach (var (name, description) in op.Query)
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = new JsonObject { ["type"] = "string" } });
        }
        var result = new JsonObject
        {
            ["tags"] = new JsonArray(op.Tag),
            ["summary"] = op.Summary,
            ["operationId"] = op.Method.ToLowerInvariant() + PathOf(op.Route),
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                [op.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Content("The answer", op.ResponseMedia, op.Response),
                ["4XX"] = Content("Refused: the error says which field or rule", "application/json", typeof(SandboxError)),
            },
            ["security"] = op.NeedsToken ? new JsonArray(new JsonObject { ["sandboxToken"] = new JsonArray() }) : new JsonArray(),
        };
        if (op.Request is not null || op.RequestMedia is not null)
        {
            result["requestBody"] = Content(null, op.RequestMedia ?? "application/json", op.Request);
        }
        return result;
    }

    private static JsonObject Content(string? description, string media, Type? type)
    {
        var schema = type is null ? new JsonObject { ["type"] = "string" } : Schema(type);
        var content = new JsonObject { ["content"] = new JsonObject { [media] = new JsonObject { ["schema"] = schema } } };
        if (description is not null)
        {
            content["description"] = description;
        }
        return content;
    }

    private static JsonNode Schema(Type type) => ControlJson.GetJsonSchemaAsNode(type, Exporter);

    [GeneratedRegex(@"\{([A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex Constraint();

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex PathParameter();
}
