using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Observe;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore logs tail</c>: the gateway's API exchanges, live, as they happen (sandbox control API).</summary>
internal static class LogsCommand
{
    public static Command Create()
    {
        var command = new Command("logs", "What the gateway sees (sandbox)");
        command.Subcommands.Add(Tail());
        return command;
    }

    private static Command Tail()
    {
        var tail = new Command("tail", "Stream every API exchange as it happens: function, result, signature check, latency and ids; Ctrl+C stops");
        // Not the merchant connection options: --client-id filters here, and only the gateway URL and token are needed.
        var connection = new ConnectionOptions();
        var token = OperatorCommand.TokenOption();
        var function = new Option<string?>("--function") { Description = "Only this function: pay, preCreate, payQuery, payCancel, refund (or the full name)" };
        var status = new Option<string?>("--status") { Description = "Only this result status: S, F or U" };
        var clientId = new Option<string?>("--client-id") { Description = "Only this merchant's exchanges (Client ID)" };
        var acquirementId = new Option<string?>("--acquirement-id") { Description = "Only exchanges about this transaction" };
        status.AcceptOnlyFromAmong("S", "F", "U", "s", "f", "u");
        foreach (var option in new Option[] { connection.Profile, connection.GatewayUrl, connection.Json, token, function, status, clientId, acquirementId })
        {
            tail.Options.Add(option);
        }
        tail.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var profile = connection.LoadProfile(parse);
            var gatewayUrl = connection.ResolveGatewayUrl(parse, profile)
                ?? throw new CliUsageException("No gateway URL: give --gateway-url or use the profile the sandbox wrote.");
            var filter = new TailFilter(parse.GetValue(function), parse.GetValue(status)?.ToUpperInvariant(), parse.GetValue(clientId), parse.GetValue(acquirementId));
            return await LogTail.RunAsync(gatewayUrl, ConnectionOptions.SandboxToken(profile, parse.GetValue(token)), filter, parse.GetValue(connection.Json), ct);
        }));
        return tail;
    }
}
