using System.CommandLine;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Sandbox;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore buyers create|list</c>: sandbox buyers with a balance and a reusable test code.</summary>
internal static class BuyersCommand
{
    public static Command Create()
    {
        var command = new Command("buyers", "Create and list sandbox buyers");
        var create = new Command("create", "Create a buyer with a balance; prints its test code and wallet password");
        var connection = ConnectionOptions.AddTo(create);
        var token = OperatorCommand.TokenOption();
        var id = new Option<string>("--id") { Description = "The buyer's login name, e.g. carol", Required = true };
        var name = new Option<string?>("--name") { Description = "Display name" };
        var balance = new Option<string>("--balance") { Description = "Opening balance as a decimal, e.g. 100.00", DefaultValueFactory = _ => "0" };
        var currency = new Option<string>("--currency") { Description = "Wallet currency", DefaultValueFactory = _ => "USD" };
        foreach (var option in new Option[] { token, id, name, balance, currency })
        {
            create.Options.Add(option);
        }
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (api, _) =>
        {
            var money = AmountText.Parse(parse.GetValue(balance)!, parse.GetValue(currency)!);
            var buyer = await api.SendAsync(HttpMethod.Post, "sandbox/buyers", new JsonObject
            {
                ["buyerId"] = parse.GetValue(id), ["name"] = parse.GetValue(name), ["balance"] = long.Parse(money.Value!, System.Globalization.CultureInfo.InvariantCulture), ["currency"] = money.Currency,
            }, ct);
            return OperatorCommand.Print(parse, connection, buyer,
                $"  Buyer          {buyer["buyerId"]}  ({buyer["name"]})\n  Balance        {parse.GetValue(balance)} {buyer["currency"]}\n  Test code      {buyer["testCode"]}\n  Wallet         {api.GatewayUrl}/wallet   password {buyer["walletPassword"]}  (shown once)");
        }));
        var list = new Command("list", "List buyers with balances and test codes");
        var listConnection = ConnectionOptions.AddTo(list);
        var listToken = OperatorCommand.TokenOption();
        list.Options.Add(listToken);
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, listConnection, listToken, async (api, _) =>
        {
            var buyers = (await api.SendAsync(HttpMethod.Get, "sandbox/buyers", null, ct)).AsArray();
            return OperatorCommand.Print(parse, listConnection, buyers, string.Join(Environment.NewLine,
                buyers.Select(b => $"{b!["buyerId"],-12} {b["testCode"]}  {b["balance"],12} {b["currency"]}  {b["displayName"]}")));
        }));
        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        return command;
    }
}
