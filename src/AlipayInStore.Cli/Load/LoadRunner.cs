using System.Diagnostics;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// Sends pay requests through the SDK — each one signed here and its answer verified, as a merchant's POS does —
/// with a fixed number in flight, and measures throughput and latency. Bounded by count.
/// </summary>
internal sealed class LoadRunner(AlipayInStoreClient client, TimeProvider time)
{
    private readonly string _runId = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<LoadReport> RunAsync(string name, int requests, int concurrency, string code, CancellationToken ct, Observe.ProgressTick? progress = null)
    {
        var done = 0;
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
                var ok = await PayOnceAsync($"{name}-{i}", code, ct);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                progress?.Set((double)Interlocked.Increment(ref done) / requests);
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

    private async Task<bool> PayOnceAsync(string id, string code, CancellationToken ct)
    {
        var request = new PayRequest
        {
            MerchantTransId = $"LOAD-{_runId}-{id}",
            IdentityCode = code,
            Order = new Order { OrderTitle = "Load test", OrderAmount = new Amount { Currency = "USD", Value = "1" } },
        };
        try
        {
            return (await client.PayAsync(request, ct)).IsSuccess;
        }
        catch (AlipayException)
        {
            return false;
        }
    }
}
