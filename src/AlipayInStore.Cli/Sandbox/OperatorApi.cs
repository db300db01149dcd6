using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Notifications;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>The operator's control API calls (merchants, buyers; docs/sandbox.md), with the bearer token.</summary>
internal sealed class OperatorApi(string gatewayUrl, string token, TimeSpan timeout) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(gatewayUrl.TrimEnd('/') + "/"), Timeout = timeout };

    public string GatewayUrl { get; } = gatewayUrl.TrimEnd('/');

    /// <exception cref="ControlApiException">The sandbox refused the call; its message names the field and the rule.</exception>
    public async Task<JsonNode> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, CliJsonContext.Default.JsonObject);
        }
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new HttpRequestException($"the sandbox did not answer within {_http.Timeout.TotalSeconds:0} s", ex);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new CliUsageException("The sandbox refused the token (401): use the token printed at start or stored in the profile.");
            }
            JsonNode? json;
            try
            {
                json = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                json = null;
            }
            if (!response.IsSuccessStatusCode || json is null)
            {
                throw new ControlApiException((int)response.StatusCode, json?["error"]?.GetValue<string>() ?? text);
            }
            return json;
        }
    }

    public void Dispose() => _http.Dispose();
}
