using System.CommandLine;
using System.Text.Json;
using AlipayInStore.Cli.Load;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore load</c>: pay requests per second and latency against a running sandbox.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var requests = new Option<int>("--requests") { Description = "How many pays to send (bounded)", DefaultValueFactory = _ => 2000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight", DefaultValueFactory = _ => 16 };
        var profile = new Option<string>("--profile") { Description = "CLI profile written by the sandbox", DefaultValueFactory = _ => DefaultProfile() };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command("load", "Measure pay throughput and latency against the sandbox (USD 0.01 pays with the first buyer's test code)")
        {
            requests, concurrency, profile, json,
        };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(profile)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"No CLI profile at {path}: start the sandbox first (alipay-instore sandbox) or pass --profile.");
                return 2;
            }
            var (count, inFlight) = (result.GetValue(requests), result.GetValue(concurrency));
            if (count is < 1 or > 1_000_000 || inFlight is < 1 or > 512)
            {
                await Console.Error.WriteLineAsync("--requests must be 1..1000000 and --concurrency 1..512.");
                return 2;
            }
            var p = CliProfile.Load(path);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = inFlight }) { BaseAddress = new Uri(p.GatewayUrl), Timeout = TimeSpan.FromSeconds(30) };
            var runner = new LoadRunner(p, http);
            await runner.RunAsync(Math.Min(count, 50), Math.Min(inFlight, 4), p.Buyers[0].TestCode, ct); // warm-up
            var report = await runner.RunAsync(count, inFlight, p.Buyers[0].TestCode, ct);
            Console.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(report, CliProfile.Json) : report.ToString());
            return report.Failures == 0 ? 0 : 1;
        });
        return command;
    }

    public static string DefaultProfile() =>
        Environment.GetEnvironmentVariable("ALIPAY_INSTORE_PROFILE") is { Length: > 0 } env ? env : Path.Combine(".sandbox", "cli-profile.json");
}
