using System.Globalization;
using System.Text;
using AlipayInStore.Client;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Benchmarks;

/// <summary>
/// The whole pay path in one process: the SDK signs a pay (RSA2), POSTs it over loopback to a real gateway on
/// Kestrel (SQLite, durable commits), which verifies, moves the money in one transaction, signs its answer, and
/// the SDK verifies and parses it. Time and allocations (both sides: the GC counts every thread) per pay, next to
/// one RSA2 signature with the same merchant key — the baseline, since a pay costs two of them.
/// <c>dotnet run -c Release --project bench/AlipayInStore.Benchmarks -- --filter '*PayPath*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class PayPathBenchmarks
{
    private const int InFlight = 16;

    private readonly byte[] _content = Encoding.UTF8.GetBytes(SampleRequests.PayContent);
    private string _data = null!;
    private WebApplication _gateway = null!;
    private HttpClient _http = null!;
    private AlipayInStoreClient _client = null!;
    private Rsa2Signer _signer = null!;
    private string _code = null!;
    private string _run = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _data = Directory.CreateTempSubdirectory("aig-bench-pay").FullName;
        _gateway = GatewayHost.Build(new GatewayHostSettings
        {
            DataDirectory = _data,
            Urls = "http://127.0.0.1:0",
            Overrides = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
        });
        var seed = GatewayHost.StartAsync(_gateway, _data).GetAwaiter().GetResult();
        var merchantKey = File.ReadAllText(seed.MerchantPrivateKeyPath);
        _signer = new Rsa2Signer(RsaPrivateKey.Load(merchantKey));
        _code = seed.Buyers.Single(b => b.Id == "alice").TestCode;
        _run = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        _http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        _client = new AlipayInStoreClient(_http, new AlipayInStoreOptions
        {
            GatewayUrl = GatewayHost.Address(_gateway).ToString().TrimEnd('/'),
            ClientId = seed.Merchant.ClientId,
            PartnerId = seed.Merchant.PartnerId,
            MerchantPrivateKey = merchantKey,
            GatewayPublicKey = _gateway.Services.GetRequiredService<GatewayKeys>().PublicKey.ExportPem(),
        });
    }

    /// <summary>One RSA2 signature of a pay request's signed text with the merchant's key.</summary>
    [Benchmark(Baseline = true)]
    public string Rsa2SignOnce() => _signer.Sign(_content);

    /// <summary>One pay at a time: its latency, including the durable commit.</summary>
    [Benchmark]
    public Task PayOneAtATime() => PayAsync();

    /// <summary>Sixteen pays in flight, time per pay: what the gateway sustains when commits can be shared.</summary>
    [Benchmark(OperationsPerInvoke = InFlight)]
    public Task PaySixteenInFlight() => Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => PayAsync()));

    private async Task PayAsync()
    {
        var request = new PayRequest
        {
            MerchantTransId = string.Create(CultureInfo.InvariantCulture, $"BENCH-{_run}-{Interlocked.Increment(ref _next)}"),
            IdentityCode = _code,
            Order = new Order { OrderTitle = "Benchmark", OrderAmount = new Amount { Currency = "USD", Value = "1" } },
        };
        var result = await _client.PayAsync(request);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"The pay failed, so the benchmark would not measure a pay: {result}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _gateway.StopAsync().GetAwaiter().GetResult();
        _gateway.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
