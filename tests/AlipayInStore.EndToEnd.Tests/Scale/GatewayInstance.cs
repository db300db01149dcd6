using System.Globalization;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;
using AlipayInStore.Client;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.EndToEnd.Tests.Scale;

/// <summary>
/// One <c>alipay-instore sandbox --db …</c> process, and a merchant's SDK client and the control API pointed at it,
/// configured from the CLI profile that process wrote.
/// </summary>
internal sealed class GatewayInstance : IAsyncDisposable
{
    private readonly SandboxProcess _process;
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private GatewayInstance(SandboxProcess process, string dataDirectory)
    {
        _process = process;
        ProfilePath = Path.Combine(dataDirectory, "cli-profile.json");
        using var profile = JsonDocument.Parse(File.ReadAllText(ProfilePath));
        var p = profile.RootElement;
        BaseAddress = new Uri(p.GetProperty("gatewayUrl").GetString()!);
        AliceCode = p.GetProperty("buyers").EnumerateArray().First().GetProperty("testCode").GetString()!;
        Client = new AlipayInStoreClient(_http, new AlipayInStoreOptions
        {
            GatewayUrl = BaseAddress.ToString(),
            ClientId = p.GetProperty("clientId").GetString(),
            PartnerId = p.GetProperty("partnerId").GetString(),
            MerchantPrivateKeyFile = p.GetProperty("merchantPrivateKeyFile").GetString(),
            GatewayPublicKeyFile = p.GetProperty("gatewayPublicKeyFile").GetString(),
            RequestTimeout = TimeSpan.FromSeconds(90),
            MaxAttempts = 1, // the tests judge each answer themselves
        });
        Control = new SandboxControlClient(BaseAddress.ToString(), p.GetProperty("sandboxToken").GetString()!, TimeSpan.FromSeconds(90));
    }

    public Uri BaseAddress { get; }
    public string ProfilePath { get; }
    public string AliceCode { get; }
    public AlipayInStoreClient Client { get; }
    public SandboxControlClient Control { get; }

    /// <summary>Starts a gateway process on a free port over <paramref name="connectionString"/> and waits until it serves.</summary>
    public static async Task<GatewayInstance> StartAsync(string dataDirectory, string connectionString)
    {
        var port = SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        var process = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", dataDirectory, "--port", port, "--db", connectionString);
        await process.WaitUntilReadyAsync();
        return new GatewayInstance(process, dataDirectory);
    }

    public Task KillAsync() => _process.KillAsync();

    public Task<AlipayResult<PayResponse>> PayAsync(string merchantTransId, string value) => Client.PayAsync(new PayRequest
    {
        MerchantTransId = merchantTransId,
        IdentityCode = AliceCode,
        Order = new Order { OrderTitle = "Scale", OrderAmount = new Amount { Currency = "USD", Value = value } },
    });

    public Task<AlipayResult<RefundResponse>> RefundAsync(string acquirementId, string merchantRefundId, string value) => Client.RefundAsync(new RefundRequest
    {
        AcquirementId = acquirementId,
        MerchantRefundId = merchantRefundId,
        RefundAmount = new Amount { Currency = "USD", Value = value },
        IsSync = true,
    });

    public async Task<string?> StatusAsync(string merchantTransId) =>
        (await Client.QueryAsync(new PayQueryRequest { MerchantTransId = merchantTransId })).Body.AcquirementStatus;

    public async Task<bool> LedgerBalancedAsync() => (await Control.CheckLedgerAsync()).Balanced;

    public async Task<long> AliceBalanceAsync() => (await Control.GetBuyersAsync()).Single(b => b.BuyerId == "alice").Balance;

    public async Task<long> ClockOffsetSecondsAsync() => (await Control.GetClockAsync()).OffsetSeconds;

    public Task AdvanceClockAsync(long seconds) => Control.AdvanceClockAsync(TimeSpan.FromSeconds(seconds));

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Control.Dispose();
        await _process.DisposeAsync();
    }
}
