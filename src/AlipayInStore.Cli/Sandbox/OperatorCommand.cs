using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>What the commands that call the sandbox control API share: the <c>--token</c> option, the control client, output.</summary>
internal static class OperatorCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Option<string?> TokenOption() => new("--token") { Description = "Sandbox control token [$ALIPAY_INSTORE_SANDBOX_TOKEN]" };

    public static Task<int> RunAsync(ParseResult parse, ConnectionOptions connection, Option<string?> token, Func<SandboxControlClient, CliProfile, Task<int>> body) =>
        CommandRunner.RunAsync(async () =>
        {
            var profile = connection.LoadProfile(parse);
            var options = connection.Resolve(parse, profile);
            using var control = new SandboxControlClient(options.GatewayUrl!, ConnectionOptions.SandboxToken(profile, parse.GetValue(token)), options.RequestTimeout);
            return await body(control, profile);
        });

    public static int Print(ParseResult parse, ConnectionOptions connection, JsonNode json, string text)
    {
        Console.WriteLine(parse.GetValue(connection.Json) ? json.ToJsonString(Indented) : text);
        return ExitCodes.Success;
    }
}
