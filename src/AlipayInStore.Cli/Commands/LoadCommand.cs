using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Cli.Load;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Notifications;
using AlipayInStore.Cli.Observe;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore load</c>: pay requests per second and latency against a running sandbox.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var requests = new Option<int>("--requests") { Description = "How many pays to send (bounded)", DefaultValueFactory = _ => 2000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight", DefaultValueFactory = _ => 16 };
        var buyer = new Option<string>("--buyer") { Description = "Profile buyer whose reusable test code pays (without --buyers)", DefaultValueFactory = _ => "alice" };
        var merchants = new Option<int>("--merchants") { Description = "Create N merchants (own key pairs) and spread the pays over them; 0: the profile's merchant" };
        var buyers = new Option<int>("--buyers") { Description = "Create M funded buyers and spread the pays over them; 0: --buyer" };
        var balance = new Option<string>("--buyer-balance") { Description = "USD opening balance of each created buyer", DefaultValueFactory = _ => "1000000.00" };
        var warmup = new Option<int>("--warmup") { Description = "Pays sent (and not measured) before the run", DefaultValueFactory = _ => 50 };
        var settle = new Option<bool>("--settle")
        {
            Description = "After --warmup, keep warming in rounds until the .NET tiered compiler of this process and of --gateway-pid is idle (under 1% of a round's CPU; at most 40 rounds), so CPU per pay is the steady state",
        };
        var gatewayPid = new Option<int?>("--gateway-pid") { Description = "Also report this process's CPU time over the run (the sandbox's pid), for CPU per pay" };
        var token = OperatorCommand.TokenOption();
        var command = new Command("load", "Measure pay throughput and latency through the SDK (USD 0.01 pays; pay i to merchant i mod N, from buyer i mod M)")
        {
            requests, concurrency, buyer, merchants, buyers, balance, warmup, settle, gatewayPid, token,
        };
        var connection = ConnectionOptions.AddTo(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var (count, inFlight) = (Check(parse, requests, 1, 1_000_000), Check(parse, concurrency, 1, 512));
            var (merchantCount, buyerCount, warm) = (Check(parse, merchants, 0, 1000), Check(parse, buyers, 0, 10_000), Check(parse, warmup, 0, 100_000));
            var opening = BalanceMinor(parse.GetValue(balance)!);
            var cpu = new CpuTime(parse.GetValue(gatewayPid));
            _ = cpu.Now(); // a wrong --gateway-pid is a usage error before anything is created
            var profile = connection.LoadProfile(parse);
            var options = connection.Resolve(parse, profile);
            // Each attempt has its own timeout from the options.
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var runId = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            LoadTargets targets;
            try
            {
                targets = await LoadSetup.ResolveAsync(profile, options, http, parse.GetValue(token), merchantCount, buyerCount, parse.GetValue(buyer)!, opening, runId, ct);
            }
            catch (SandboxControlException ex) when (ex.StatusCode != 401)
            {
                await Console.Error.WriteLineAsync("error: creating the load's merchants and buyers: " + ex.Message);
                return ExitCodes.BusinessFailure;
            }
            var runner = new LoadRunner(targets, runId, amountMinorUsd: 1, cpu);
            var (warmed, settled) = await new LoadWarmup(runner, parse.GetValue(gatewayPid)).RunAsync(warm, inFlight, parse.GetValue(settle), ct);
            if (!settled)
            {
                await Console.Error.WriteLineAsync($"warning: the tiered compiler was still busy after {warmed} warm-up pays; CPU per pay includes it");
            }
            var report = (await TerminalProgress.RunAsync($"{count} pays, {inFlight} at a time", parse.GetValue(connection.Json), indeterminate: false,
                tick => runner.RunAsync("run", count, inFlight, ct, tick))) with { WarmupPays = warmed, Settled = settled };
            Console.WriteLine(parse.GetValue(connection.Json) ? JsonSerializer.Serialize(report, LoadJsonContext.Default.LoadReport) : report.ToString());
            return report.Failures == 0 ? ExitCodes.Success : ExitCodes.BusinessFailure;
        }));
        return command;
    }

    private static int Check(ParseResult parse, Option<int> option, int min, int max) =>
        parse.GetValue(option) is var value && value >= min && value <= max
            ? value
            : throw new CliUsageException($"{option.Name} must be {min}..{max}, not {value}.");

    private static long BalanceMinor(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd) && usd >= 0 && usd <= 1_000_000_000m && usd * 100 == decimal.Truncate(usd * 100)
            ? (long)(usd * 100)
            : throw new CliUsageException($"--buyer-balance '{text}' must be a USD amount such as 500.00 (0 to 1000000000.00, two decimals at most).");
}
