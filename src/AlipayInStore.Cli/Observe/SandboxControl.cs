using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;

namespace AlipayInStore.Cli.Observe;

/// <summary>The control API calls the triggers make (playing the buyer, moving the notify URL), with the bearer token.</summary>
internal sealed class SandboxControl(string gatewayUrl, string token) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(gatewayUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };

    public Task<JsonNode> SendAsync(HttpMethod method, string path, CancellationToken ct) => SendAsync(method, path, null, ct);

    public async Task<JsonNode> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, CliJsonContext.Default.JsonObject);
        }
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new CliUsageException("The sandbox refused the token (401): use the token printed at start or stored in the profile.");
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} /{path} answered HTTP {(int)response.StatusCode}: {text}");
        }
        return JsonNode.Parse(text) ?? new JsonObject();
    }

    public void Dispose() => _http.Dispose();
}
