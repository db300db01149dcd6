using AlipayInStore.Client;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;
using BenchmarkDotNet.Attributes;

namespace AlipayInStore.Benchmarks;

/// <summary>
/// The client's own cost per call — build the head, serialize, sign, POST through an in-memory handler,
/// cut out and verify the response, parse it — with keys parsed once (the SDK's way) versus re-parsed on every call.
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private HttpClient _http = null!;
    private AlipayInStoreOptions _options = null!;
    private AlipayInStoreClient _cached = null!;
    private HttpClient _shaHttp = null!;
    private AlipayInStoreClient _sha256 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var merchant = RsaPrivateKey.Generate();
        var gateway = RsaPrivateKey.Generate();
        // No reqMsgId in the head: the same bytes answer every call (the client checks the echo only when present).
        var head = new ResponseHead { Version = ApiFunctions.Version, Function = ApiFunctions.Pay, ClientId = "5J5XHX2YKW9VW8A8", RespTime = "2026-11-27T10:15:01+08:00" };
        var body = new PayResponse
        {
            ResultInfo = ResultCodes.Success.ToInfo(),
            AcquirementId = "20261127111212800100166000000001",
            MerchantTransId = "T20261127-0001",
            OrderAmount = new Amount { Currency = "USD", Value = "1250" },
            PayAmount = new Amount { Currency = "USD", Value = "1250" },
            ConversionRate = ExchangeRate.Between("USD", "USD", "1"),
            PaymentTime = "2026-11-27T10:15:01+08:00",
        };
        var response = EnvelopeWriter.Write("response", head, ProtocolJsonContext.Default.ResponseHead, body, ProtocolJsonContext.Default.PayResponse, new Rsa2Signer(gateway));
        _http = new HttpClient(new PreSignedHandler(response.Bytes));
        _options = new AlipayInStoreOptions
        {
            GatewayUrl = "http://gateway.invalid",
            ClientId = "5J5XHX2YKW9VW8A8",
            PartnerId = "2088101122136241",
            MerchantPrivateKey = merchant.ExportPem(),
            GatewayPublicKey = gateway.PublicKey.ExportPem(),
        };
        _cached = new AlipayInStoreClient(_http, _options);

        // SHA256 signing costs microseconds: this call shows the SDK's own overhead without RSA.
        const string SharedKey = "0123456789abcdef0123456789abcdef";
        var shaResponse = EnvelopeWriter.Write("response", head, ProtocolJsonContext.Default.ResponseHead, body, ProtocolJsonContext.Default.PayResponse, new Sha256KeyScheme(SharedKey));
        _shaHttp = new HttpClient(new PreSignedHandler(shaResponse.Bytes));
        var shaOptions = _options.Clone();
        shaOptions.SignType = SignTypes.Sha256;
        shaOptions.Sha256Key = SharedKey;
        _sha256 = new AlipayInStoreClient(_shaHttp, shaOptions);
    }

    /// <summary>One pay call with the keys parsed once and cached (what the SDK does).</summary>
    [Benchmark(Baseline = true)]
    public Task<AlipayResult<PayResponse>> PayCachedKeys() => _cached.PayAsync(SampleRequests.Body);

    /// <summary>One pay call with both PEM keys parsed again for the call (what SDKs that re-parse keys pay).</summary>
    [Benchmark]
    public Task<AlipayResult<PayResponse>> PayParsingKeysEachCall() => new AlipayInStoreClient(_http, _options).PayAsync(SampleRequests.Body);

    /// <summary>One pay call signed with the SHA256 scheme: serialize, sign, cut out, verify and parse without RSA.</summary>
    [Benchmark]
    public Task<AlipayResult<PayResponse>> PaySha256() => _sha256.PayAsync(SampleRequests.Body);

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _shaHttp.Dispose();
    }
}
