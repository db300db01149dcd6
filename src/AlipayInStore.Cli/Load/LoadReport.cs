namespace AlipayInStore.Cli.Load;

/// <summary>Throughput and latency percentiles of one load run.</summary>
internal sealed record LoadReport(int Requests, int Failures, TimeSpan Elapsed, int Concurrency, double PerSecond, double P50, double P90, double P99, double Max)
{
    public static LoadReport From(double[] latencies, int failures, TimeSpan elapsed, int concurrency)
    {
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LoadReport(sorted.Length, failures, elapsed, concurrency, sorted.Length / elapsed.TotalSeconds, At(0.50), At(0.90), At(0.99), sorted.LastOrDefault());
    }

    public override string ToString() =>
        $"{Requests} pays, {Failures} failed, concurrency {Concurrency}, {Elapsed.TotalSeconds:0.00} s: " +
        $"{PerSecond:0.0} pays/s; latency p50 {P50:0.00} ms, p90 {P90:0.00} ms, p99 {P99:0.00} ms, max {Max:0.00} ms";
}
