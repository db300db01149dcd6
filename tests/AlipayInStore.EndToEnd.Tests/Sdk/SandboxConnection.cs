using System.Net.Http.Headers;
using System.Text.Json;
using AlipayInStore.Client;

namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>The SDK and the control API of a running sandbox, from its CLI profile.</summary>
internal sealed class SandboxConnection : IDisposable
{
    public const string ProfileVariable = "ALIPAY_INSTORE_E2E_PROFILE";

    private readonly HttpClient _control;

    public SandboxConnection(TimeSpan? requestTimeout = null)
    {
        using var profile = JsonDocument.Parse(File.ReadAllText(Environment.GetEnvironmentVariable(ProfileVariable)!));
        var root = profile.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var options = new AlipayInStoreOptions
        {
            GatewayUrl = Text("gatewayUrl"),
            ClientId = Text("clientId"),
            PartnerId = Text("partnerId"),
            SignType = Text("signType") ?? "RSA2",
            MerchantPrivateKeyFile = Text("merchantPrivateKeyFile"),
            GatewayPublicKeyFile = Text("gatewayPublicKeyFile"),
            Sha256Key = Text("sha256Key"),
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(15),
        };
        BuyerCode = root.GetProperty("buyers")[0].GetProperty("testCode").GetString()!;
        Client = new AlipayInStoreClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options);
        _control = new HttpClient { BaseAddress = new Uri(options.GatewayUrl!.TrimEnd('/') + "/") };
        _control.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Text("sandboxToken"));
    }

    public AlipayInStoreClient Client { get; }

    /// <summary>The first buyer's reusable test code.</summary>
    public string BuyerCode { get; }

    public async Task ConfirmAsync(string acquirementId)
    {
        using var response = await _control.PostAsync($"sandbox/transactions/{Uri.EscapeDataString(acquirementId)}/confirm", null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<bool> LedgerBalancedAsync()
    {
        using var doc = JsonDocument.Parse(await _control.GetStringAsync("sandbox/ledger/check"));
        return doc.RootElement.GetProperty("balanced").GetBoolean();
    }

    public void Dispose() => _control.Dispose();
}
