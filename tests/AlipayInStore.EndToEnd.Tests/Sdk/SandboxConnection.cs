using System.Net.Http.Headers;
using System.Text.Json;
using AlipayInStore.Client;

namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>The SDK, configured as a merchant would from the sandbox's ids and key files, plus its control API.</summary>
internal sealed class SandboxConnection : IDisposable
{
    private readonly HttpClient _control;

    public SandboxConnection(E2EGateway gateway, TimeSpan? requestTimeout = null)
    {
        var options = new AlipayInStoreOptions
        {
            GatewayUrl = gateway.BaseAddress.ToString(),
            ClientId = gateway.Seed.Merchant.ClientId,
            PartnerId = gateway.Seed.Merchant.PartnerId,
            MerchantPrivateKeyFile = gateway.Seed.MerchantPrivateKeyPath,
            GatewayPublicKeyFile = gateway.GatewayPublicKeyFile,
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(15),
        };
        BuyerCode = gateway.Seed.Buyers[0].TestCode;
        Client = new AlipayInStoreClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options);
        _control = new HttpClient { BaseAddress = gateway.BaseAddress };
        _control.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token);
    }

    public AlipayInStoreClient Client { get; }

    /// <summary>Alice's reusable test code.</summary>
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

    public async Task<long> AliceBalanceAsync()
    {
        using var doc = JsonDocument.Parse(await _control.GetStringAsync("sandbox/buyers"));
        return doc.RootElement.EnumerateArray().Single(b => b.GetProperty("buyerId").GetString() == "alice").GetProperty("balance").GetInt64();
    }

    public void Dispose() => _control.Dispose();
}
