using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>The sandbox control API over HTTP, with the token.</summary>
internal sealed class ControlClient(GatewayFixture gateway)
{
    private HttpRequestMessage Request(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = Request(method, path, body);
        using var response = await gateway.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<string> MintCodeAsync(string buyerId)
    {
        var (status, json) = await SendAsync(HttpMethod.Post, $"/sandbox/buyers/{buyerId}/codes");
        Assert.Equal(HttpStatusCode.Created, status);
        return json.GetProperty("code").GetString()!;
    }

    public async Task<JsonElement> TransactionAsync(string acquirementId)
    {
        var (status, json) = await SendAsync(HttpMethod.Get, $"/sandbox/transactions/{acquirementId}");
        Assert.Equal(HttpStatusCode.OK, status);
        return json;
    }

    public async Task<long> BalanceAsync(string buyerId)
    {
        var (_, json) = await SendAsync(HttpMethod.Get, "/sandbox/buyers");
        return json.EnumerateArray().Single(b => b.GetProperty("buyerId").GetString() == buyerId).GetProperty("balance").GetInt64();
    }
}
