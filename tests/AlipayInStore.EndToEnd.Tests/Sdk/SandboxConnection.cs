using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.EndToEnd.Tests.Sdk;

/// <summary>The SDK, configured as a merchant would from the sandbox's ids and key files, plus its control API.</summary>
internal sealed class SandboxConnection : IDisposable
{
    private readonly SandboxControlClient _control;

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
        _control = new SandboxControlClient(gateway.BaseAddress.ToString(), gateway.Token);
    }

    public AlipayInStoreClient Client { get; }

    /// <summary>Alice's reusable test code.</summary>
    public string BuyerCode { get; }

    public Task ConfirmAsync(string acquirementId) => _control.ConfirmAsync(acquirementId);

    public async Task<bool> LedgerBalancedAsync() => (await _control.CheckLedgerAsync()).Balanced;

    public async Task<long> AliceBalanceAsync() => (await _control.GetBuyersAsync()).Single(b => b.BuyerId == "alice").Balance;

    public void Dispose() => _control.Dispose();
}
