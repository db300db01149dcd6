using System.Text.Json;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Tests;

/// <summary>/sandbox/openapi.json describes every control route the app really maps, and the five signed functions.</summary>
public sealed partial class ApiReferenceTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private GatewayFixture Gateway => shared.Gateway;

    [GeneratedRegex(@"\{([A-Za-z]+):[^}]*\}")]
    private static partial Regex Constraint();

    [Fact]
    public async Task OpenApi_EveryMappedControlRoute_DescribedWithItsAnswer()
    {
        using var doc = JsonDocument.Parse(await Gateway.Http.GetStringAsync("/sandbox/openapi.json"));
        var paths = doc.RootElement.GetProperty("paths");
        var routes = Gateway.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/sandbox", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Constraint().Replace(e.RoutePattern.RawText!, "{$1}"))))
            .ToList();

        Assert.True(routes.Count >= 25, $"only {routes.Count} control routes found");
        foreach (var (method, path) in routes)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{method} {path} is mapped but not in /sandbox/openapi.json");
            Assert.True(item.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} {path} is mapped but not described");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            var answer = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2')).Value;
            Assert.True(answer.GetProperty("content").EnumerateObject().Single().Value.TryGetProperty("schema", out _), $"{method} {path} has no answer shape");
        }
    }

    [Fact]
    public async Task OpenApi_ControlShapes_ComeFromTheRealTypes()
    {
        using var doc = JsonDocument.Parse(await Gateway.Http.GetStringAsync("/sandbox/openapi.json"));
        var paths = doc.RootElement.GetProperty("paths");

        var confirm = paths.GetProperty("/sandbox/transactions/{acquirementId}/confirm").GetProperty("post");
        Assert.True(Schema(confirm.GetProperty("requestBody")).GetProperty("properties").TryGetProperty("buyerId", out _));
        var answer = Schema(confirm.GetProperty("responses").GetProperty("200")).GetProperty("properties");
        foreach (var field in new[] { "acquirementId", "status", "refunds", "ledger" })
        {
            Assert.True(answer.TryGetProperty(field, out _), "TransactionView has no " + field);
        }
        var stream = paths.GetProperty("/sandbox/logs/stream").GetProperty("get");
        Assert.True(stream.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/event-stream", out _));
        Assert.Equal(4, stream.GetProperty("parameters").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_FiveFunctions_DescribedAsSignedEnvelopes()
    {
        using var doc = JsonDocument.Parse(await Gateway.Http.GetStringAsync("/sandbox/openapi.json"));
        var paths = doc.RootElement.GetProperty("paths");

        foreach (var (function, path) in ApiFunctions.Paths)
        {
            var post = paths.GetProperty(path).GetProperty("post");
            Assert.True(post.GetProperty("x-signed").GetBoolean());
            var envelope = Schema(post.GetProperty("requestBody")).GetProperty("properties");
            Assert.True(envelope.TryGetProperty("signature", out _));
            var request = envelope.GetProperty("request").GetProperty("properties");
            Assert.True(request.GetProperty("head").GetProperty("properties").TryGetProperty("reqMsgId", out _), function);
            Assert.True(request.GetProperty("body").TryGetProperty("properties", out _), function);
            Assert.True(Schema(post.GetProperty("responses").GetProperty("200")).GetProperty("properties").TryGetProperty("response", out _));
        }
        Assert.True(doc.RootElement.GetProperty("webhooks").TryGetProperty(ApiFunctions.NotifyPay, out _));
    }

    [Fact]
    public async Task Reference_Page_ListsEveryOperationWithoutToken()
    {
        using var doc = JsonDocument.Parse(await Gateway.Http.GetStringAsync("/sandbox/openapi.json"));
        var html = await Gateway.Http.GetStringAsync("/sandbox/reference");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            Assert.Contains("<code>" + System.Net.WebUtility.HtmlEncode(path.Name) + "</code>", html, StringComparison.Ordinal);
        }
        Assert.Contains("signed</span>", html, StringComparison.Ordinal);
    }

    private static JsonElement Schema(JsonElement body) => body.GetProperty("content").EnumerateObject().Single().Value.GetProperty("schema");
}
