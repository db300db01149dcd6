using System.CommandLine;
using System.Text.Json;
using AlipayInStore.Cli.Load;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Observe;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore load</c>: pay requests per second and latency against a running sandbox.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var requests = new Option<int>("--requests") { Description = "How many pays to send (bounded)", DefaultValueFactory = _ => 2000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight", DefaultValueFactory = _ => 16 };
        var buyer = new Option<string>("--buyer") { Description = "Sandbox buyer whose reusable test code pays", DefaultValueFactory = _ => "alice" };
        var command = new Command("load", "Measure pay throughput and latency through the SDK (USD 0.01 pays with a buyer's test code)")
        {
            requests, concurrency, buyer,
        };
        var connection = ConnectionOptions.AddTo(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var (count, inFlight) = (parse.GetValue(requests), parse.GetValue(concurrency));
            if (count is < 1 or > 1_000_000 || inFlight is < 1 or > 512)
            {
                throw new CliUsageException("--requests must be 1..1000000 and --concurrency 1..512.");
            }
            var client = connection.CreateClient(parse, out var profile);
            var code = profile.Buyers?.FirstOrDefault(b => b.BuyerId == parse.GetValue(buyer))?.TestCode
                ?? throw new CliUsageException($"The profile has no buyer '{parse.GetValue(buyer)}' with a test code.");
            var runner = new LoadRunner(client, TimeProvider.System);
            await runner.RunAsync("warm", Math.Min(count, 50), Math.Min(inFlight, 4), code, ct);
            var report = await TerminalProgress.RunAsync($"{count} pays, {inFlight} at a time", parse.GetValue(connection.Json), indeterminate: false,
                tick => runner.RunAsync("run", count, inFlight, code, ct, tick));
            Console.WriteLine(parse.GetValue(connection.Json) ? JsonSerializer.Serialize(report, LoadJsonContext.Default.LoadReport) : report.ToString());
            return report.Failures == 0 ? ExitCodes.Success : ExitCodes.BusinessFailure;
        }));
        return command;
    }
}
