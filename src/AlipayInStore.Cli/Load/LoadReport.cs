namespace AlipayInStore.Cli.Load;

/// <summary>Throughput and latency percentiles (milliseconds) of one load run, and its failures counted by result code.</summary>
internal sealed record LoadReport(
    int Requests, int Failures, IReadOnlyDictionary<string, int> FailuresByCode, TimeSpan Elapsed, int Concurrency,
    double PerSecond, double P50, double P90, double P99, double Max, IReadOnlyList<string> MerchantIds, IReadOnlyList<string> BuyerIds,
    double CpuMs, double? GatewayCpuMs)
{
    /// <summary>Pays sent before the measured run (<c>--warmup</c>, plus <c>--settle</c>'s rounds).</summary>
    public int WarmupPays { get; init; }

    /// <summary>False when <c>--settle</c> gave up with a tiered compiler still busy.</summary>
    public bool Settled { get; init; } = true;

    public static LoadReport From(double[] latencies, IReadOnlyDictionary<string, int> failures, TimeSpan elapsed, int concurrency, LoadTargets targets,
        double cpuMs, double? gatewayCpuMs)
    {
        var sorted = latencies.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var byCode = failures.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return new LoadReport(sorted.Length, byCode.Values.Sum(), byCode, elapsed, concurrency, sorted.Length / elapsed.TotalSeconds,
            At(0.50), At(0.90), At(0.99), sorted.LastOrDefault(), targets.MerchantIds, targets.BuyerIds, cpuMs, gatewayCpuMs);
    }

    public override string ToString() =>
        $"{Requests} pays, {Failures} failed{Codes()}, concurrency {Concurrency}, {MerchantIds.Count} merchant(s), {BuyerIds.Count} buyer(s), {Elapsed.TotalSeconds:0.00} s: " +
        $"{PerSecond:0.0} pays/s; latency p50 {P50:0.00} ms, p90 {P90:0.00} ms, p99 {P99:0.00} ms, max {Max:0.00} ms; CPU per pay: load {PerPay(CpuMs):0.00} ms{Gateway()}; after {WarmupPays} warm-up pays{(Settled ? "" : ", compiler still busy")}";

    private double PerPay(double ms) => Requests == 0 ? 0 : ms / Requests;

    private string Gateway() => GatewayCpuMs is { } ms ? $", gateway {PerPay(ms):0.00} ms" : "";

    private string Codes() => FailuresByCode.Count == 0 ? "" : " (" + string.Join(", ", FailuresByCode.Select(f => $"{f.Key} {f.Value}")) + ")";
}
