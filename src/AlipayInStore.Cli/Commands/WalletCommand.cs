using System.CommandLine;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore wallet code</c>: mint a buyer's payment code through the sandbox control API.</summary>
internal static class WalletCommand
{
    public static Command Create()
    {
        var wallet = new Command("wallet", "The sandbox buyer wallet");
        var code = new Command("code", "Mint a single-use payment code (valid 60 s) for a sandbox buyer");
        var connection = ConnectionOptions.AddTo(code);
        var buyer = new Option<string>("--buyer") { Description = "The sandbox buyer id, e.g. alice", DefaultValueFactory = _ => "alice" };
        var token = OperatorCommand.TokenOption();
        code.Options.Add(buyer);
        code.Options.Add(token);
        code.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (control, _) =>
        {
            var minted = await control.MintCodeAsync(parse.GetValue(buyer)!, ct);
            new Output(Console.Out, parse.GetValue(connection.Json)).Write(new JsonObject
            {
                ["buyer"] = parse.GetValue(buyer),
                ["code"] = minted.Code,
                ["expiresAt"] = minted.ExpiresAt,
            });
            return ExitCodes.Success;
        }));
        wallet.Subcommands.Add(code);
        return wallet;
    }
}
