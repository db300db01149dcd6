using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;

namespace AlipayInStore.Cli.Notifications;

/// <summary>The sandbox control API calls the notification commands make (docs/sandbox.md), with the bearer token.</summary>
internal sealed class ControlApi(string gatewayUrl, string token, TimeSpan timeout) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(gatewayUrl.TrimEnd('/') + "/"), Timeout = timeout };

    /// <summary>Points the merchant's notify URL at <paramref name="url"/> (null clears it); returns the one it replaced.</summary>
    public async Task<string?> SetNotifyUrlAsync(string? url, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Put, "sandbox/merchant/notify-url", new JsonObject { ["url"] = url }, ct);
        return answer["previousNotifyUrl"]?.GetValue<string>();
    }

    public Task<JsonObject> ResendAsync(long id, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"sandbox/notifications/{id}/resend", null, ct);

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
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
            var json = TryParse(text);
            if (!response.IsSuccessStatusCode || json is null)
            {
                throw new ControlApiException((int)response.StatusCode, json?["error"]?.GetValue<string>() ?? text);
            }
            return json;
        }
    }

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}
