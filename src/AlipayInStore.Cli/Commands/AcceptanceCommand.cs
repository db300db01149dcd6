using System.CommandLine;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Acceptance;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore acceptance</c>: start a run, move through its cases, read grades, export reports, or self-test the SDK.</summary>
internal static class AcceptanceCommand
{
    public static Command Create()
    {
        var command = new Command("acceptance", "The acceptance kit: graded test cases over your integration's real traffic");
        command.Subcommands.Add(Start());
        command.Subcommands.Add(WithRun("next", "Finish the current case and show the next one's instructions", (c, run, ct) => c.NextAsync(run, ct)));
        command.Subcommands.Add(WithRun("kit", "Do the kit's part of the current case again (re-send its notifications, re-arm the tampered answer)",
            (c, run, ct) => c.KitAsync(run, ct)));
        command.Subcommands.Add(WithRun("status", "Show every case's grade so far", (c, run, ct) => c.ReportAsync(run, ct)));
        command.Subcommands.Add(Run());
        return command;
    }

    private static Command Start()
    {
        var start = new Command("start", "Start a run and show the first case's instructions");
        var connection = ConnectionOptions.AddTo(start);
        start.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            using var control = Control(connection, parse, out var options);
            var report = await control.StartRunAsync(options.PartnerId, ct);
            AcceptanceOutput.Print(report, parse.GetValue(connection.Json));
            return ExitCodes.Success;
        }));
        return start;
    }

    private static Command WithRun(string name, string description, Func<SandboxControlClient, string, CancellationToken, Task<JsonObject>> call)
    {
        var command = new Command(name, description);
        var run = new Option<string>("--run") { Description = "The run id printed by 'acceptance start'", Required = true };
        var html = new Option<FileInfo?>("--html") { Description = "Also write the HTML report" };
        var junit = new Option<FileInfo?>("--junit") { Description = "Also write JUnit XML" };
        command.Options.Add(run);
        command.Options.Add(html);
        command.Options.Add(junit);
        var connection = ConnectionOptions.AddTo(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            using var control = Control(connection, parse, out _);
            var report = await call(control, parse.GetValue(run)!, ct);
            await AcceptanceOutput.ExportAsync(control, parse.GetValue(run)!, parse.GetValue(html), parse.GetValue(junit), ct);
            AcceptanceOutput.Print(report, parse.GetValue(connection.Json));
            return AcceptanceOutput.ExitCode(report);
        }));
        return command;
    }

    private static Command Run()
    {
        var command = new Command("run", "Run every case; --self-test drives the SDK's own flows through them");
        var selfTest = new Option<bool>("--self-test") { Description = "Drive the SDK through every case (needs a sandbox)", Required = true };
        var html = new Option<FileInfo?>("--html") { Description = "Also write the HTML report" };
        var junit = new Option<FileInfo?>("--junit") { Description = "Also write JUnit XML" };
        command.Options.Add(selfTest);
        command.Options.Add(html);
        command.Options.Add(junit);
        var connection = ConnectionOptions.AddTo(command);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            using var control = Control(connection, parse, out var options);
            var client = connection.CreateClient(parse, out _);
            await using var receiver = await SelfTestReceiver.StartAsync(options, ct);
            var runId = (await control.StartRunAsync(options.PartnerId, ct))["runId"]!.GetValue<string>();
            var steps = new SelfTest(client, control, receiver, runId).Steps;
            JsonObject report;
            do
            {
                report = await control.ReportAsync(runId, ct);
                var current = report["current"]!["id"]!.GetValue<string>();
                await Console.Error.WriteLineAsync($"case {report["current"]!["number"]}: {current}");
                await steps[current](ct);
                report = await control.NextAsync(runId, ct);
            }
            while (report["current"] is not null);
            await AcceptanceOutput.ExportAsync(control, runId, parse.GetValue(html), parse.GetValue(junit), ct);
            AcceptanceOutput.Print(report, parse.GetValue(connection.Json));
            return AcceptanceOutput.ExitCode(report);
        }));
        return command;
    }

    private static SandboxControlClient Control(ConnectionOptions connection, ParseResult parse, out AlipayInStore.Client.AlipayInStoreOptions options)
    {
        var profile = connection.LoadProfile(parse);
        options = connection.Resolve(parse, profile);
        var token = ConnectionOptions.SandboxToken(profile);
        return new SandboxControlClient(options.GatewayUrl!, token, TimeSpan.FromSeconds(30));
    }
}
