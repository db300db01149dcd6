namespace AlipayInStore.Cli.Load;

/// <summary>
/// The pays sent before a run is measured: <c>--warmup</c> of them, then with <c>--settle</c> rounds of more until the
/// tiered compiler of this process and of the gateway (<c>--gateway-pid</c>) is idle — under 1% of the round's CPU
/// (<see cref="TieringCpu"/>) — or <see cref="MaxRounds"/> rounds are sent. A fresh .NET process re-compiles its hot
/// methods for thousands of pays (on a busy 2-core machine, for tens of seconds): until then CPU per pay includes it.
/// </summary>
internal sealed class LoadWarmup(LoadRunner runner, int? gatewayPid)
{
    public const int MaxRounds = 40;
    private const double IdleShare = 0.01;

    /// <returns>The pays sent, and whether the compilers were seen idle (always true without <paramref name="settle"/>).</returns>
    public async Task<(int Pays, bool Settled)> RunAsync(int pays, int concurrency, bool settle, CancellationToken ct)
    {
        if (pays > 0)
        {
            await runner.RunAsync("warm", pays, concurrency, ct);
        }
        if (!settle)
        {
            return (pays, true);
        }
        var round = Math.Max(500, 20 * concurrency);
        for (var i = 0; i < MaxRounds; i++)
        {
            var (own, gateway) = Sample();
            var report = await runner.RunAsync("settle" + i, round, concurrency, ct);
            pays += round;
            var (ownAfter, gatewayAfter) = Sample();
            var tiering = TieringCpu.Between(own, ownAfter) + TieringCpu.Between(gateway, gatewayAfter);
            var cpu = report.CpuMs + (report.GatewayCpuMs ?? 0);
            if (tiering.TotalMilliseconds <= IdleShare * cpu)
            {
                return (pays, true);
            }
        }
        return (pays, false);
    }

    private (IReadOnlyDictionary<int, TimeSpan>? Own, IReadOnlyDictionary<int, TimeSpan>? Gateway) Sample() =>
        (TieringCpu.Of(Environment.ProcessId), gatewayPid is { } pid ? TieringCpu.Of(pid) : null);
}
