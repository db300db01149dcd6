using System.Collections.Concurrent;
using System.Diagnostics;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Load;

/// <summary>
/// Sends pay requests through the SDK — each one signed here and its answer verified, as a merchant's POS does —
/// with a fixed number in flight, and measures throughput and latency. Bounded by count.
/// </summary>
internal sealed class LoadRunner(LoadTargets targets, string runId, long amountMinorUsd, CpuTime cpu)
{
    private readonly string _amount = amountMinorUsd.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<LoadReport> RunAsync(string name, int requests, int concurrency, CancellationToken ct, Observe.ProgressTick? progress = null)
    {
        var done = 0;
        var latencies = new double[requests];
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var next = -1;
        var cpuBefore = cpu.Now();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests && !ct.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                var failure = await PayOnceAsync(name, i, ct);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                progress?.Set((double)Interlocked.Increment(ref done) / requests);
                if (failure is not null)
                {
                    failures.AddOrUpdate(failure, 1, static (_, n) => n + 1);
                }
            }
        });
        await Task.WhenAll(workers);
        clock.Stop();
        var cpuAfter = cpu.Now();
        return LoadReport.From(latencies, failures, clock.Elapsed, concurrency, targets,
            (cpuAfter.Own - cpuBefore.Own).TotalMilliseconds, (cpuAfter.Gateway - cpuBefore.Gateway)?.TotalMilliseconds);
    }

    /// <returns>Null for a successful pay, else its result code (or the exception's type when nothing verifiable came back).</returns>
    private async Task<string?> PayOnceAsync(string name, int i, CancellationToken ct)
    {
        var request = new PayRequest
        {
            MerchantTransId = $"LOAD-{runId}-{name}-{i}",
            IdentityCode = targets.CodeOf(i),
            Order = new Order { OrderTitle = "Load test", OrderAmount = new Amount { Currency = "USD", Value = _amount } },
        };
        try
        {
            var result = await targets.MerchantOf(i).PayAsync(request, ct);
            return result.IsSuccess ? null : result.ResultCode;
        }
        catch (AlipayException ex)
        {
            return ex.GetType().Name;
        }
    }
}
