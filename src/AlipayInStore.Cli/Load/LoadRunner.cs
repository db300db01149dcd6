using System.Diagnostics;
using System.Net.Http.Headers;
using AlipayInStore.Cli.Sandbox;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// Sends pay requests as a merchant would — each one signed here and its answer verified — with a fixed number
/// in flight, and measures throughput and latency. Bounded by count; loopback or the profile's gateway only.
/// </summary>
internal sealed class LoadRunner(CliProfile profile, HttpClient http)
{
    private readonly Rsa2Signer _signer = new(RsaPrivateKey.Load(File.ReadAllText(profile.MerchantPrivateKeyFile)));
    private readonly Rsa2Verifier _verifier = new(RsaPublicKey.Load(File.ReadAllText(profile.GatewayPublicKeyFile)));
    private readonly string _runId = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<LoadReport> RunAsync(int requests, int concurrency, string code, CancellationToken ct)
    {
        var latencies = new double[requests];
        var failures = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests && !ct.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await PayOnceAsync(i, code, ct);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers);
        clock.Stop();
        return LoadReport.From(latencies, failures, clock.Elapsed, concurrency);
    }

    private async Task<bool> PayOnceAsync(int index, string code, CancellationToken ct)
    {
        var head = new RequestHead
        {
            Version = ApiFunctions.Version, Function = ApiFunctions.Pay, ClientId = profile.ClientId,
            ReqTime = Rfc3339.Format(TimeProvider.System.GetUtcNow()), ReqMsgId = $"load-{_runId}-{index}", SignType = SignTypes.Rsa2,
        };
        var body = new PayRequest
        {
            PartnerId = profile.PartnerId, MerchantTransId = $"LOAD-{_runId}-{index}", IdentityCode = code,
            Order = new Order
            {
                OrderTitle = "Load test", OrderAmount = new Amount { Currency = "USD", Value = "1" },
                Seller = new Seller { SecondaryMerchantId = profile.PartnerId, StoreId = profile.PartnerId },
            },
        };
        var envelope = EnvelopeWriter.Write("request", head, ProtocolJsonContext.Default.RequestHead, body, ProtocolJsonContext.Default.PayRequest, _signer);
        using var content = new ByteArrayContent(envelope.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
        try
        {
            using var response = await http.PostAsync(ApiFunctions.PathOf(ApiFunctions.Pay), content, ct);
            var raw = await response.Content.ReadAsByteArrayAsync(ct);
            return EnvelopeReader.TryRead(raw, "response", out var answer, out _)
                && _verifier.Verify(answer.SignedContent.Span, answer.Signature)
                && EnvelopeReader.TryParse(answer.Body, ProtocolJsonContext.Default.PayResponse, "body", out var pay, out _)
                && pay.ResultInfo?.ResultCode == "SUCCESS";
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
