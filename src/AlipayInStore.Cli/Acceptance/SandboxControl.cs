using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;

namespace AlipayInStore.Cli.Acceptance;

/// <summary>The sandbox control API as the acceptance commands use it (plain JSON, bearer token).</summary>
internal sealed class SandboxControl : IDisposable
{
    private readonly HttpClient _http;

    public SandboxControl(string gatewayUrl, string token)
    {
        _http = new HttpClient { BaseAddress = new Uri(gatewayUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Task<JsonObject> StartRunAsync(string? partnerId, CancellationToken ct) => SendAsync(HttpMethod.Post, "sandbox/acceptance/runs", new { partnerId }, ct);

    public Task<JsonObject> NextAsync(string runId, CancellationToken ct) => SendAsync(HttpMethod.Post, $"sandbox/acceptance/runs/{runId}/next", null, ct);

    public Task<JsonObject> KitAsync(string runId, CancellationToken ct) => SendAsync(HttpMethod.Post, $"sandbox/acceptance/runs/{runId}/kit", null, ct);

    public Task<JsonObject> ReportAsync(string runId, CancellationToken ct) => SendAsync(HttpMethod.Get, $"sandbox/acceptance/runs/{runId}", null, ct);

    public Task<string> ExportAsync(string runId, string file, CancellationToken ct) => _http.GetStringAsync($"sandbox/acceptance/runs/{runId}/{file}", ct);

    public async Task<string> MintCodeAsync(string buyerId, CancellationToken ct) =>
        (await SendAsync(HttpMethod.Post, $"sandbox/buyers/{buyerId}/codes", null, ct))["code"]!.GetValue<string>();

    public Task<JsonObject> ConfirmAsync(string acquirementId, string? buyerId, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"sandbox/transactions/{acquirementId}/confirm", new { buyerId }, ct);

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var json = JsonNode.Parse(text) as JsonObject ?? throw new HttpRequestException($"The sandbox answered {(int)response.StatusCode}: {text}");
        if (!response.IsSuccessStatusCode)
        {
            throw new CliUsageException($"The sandbox refused {method} /{path} ({(int)response.StatusCode}): {json["error"]}");
        }
        return json;
    }

    public void Dispose() => _http.Dispose();
}
