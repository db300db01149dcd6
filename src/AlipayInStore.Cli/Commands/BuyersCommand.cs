using System.CommandLine;
using System.Globalization;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Sandbox;
using AlipayInStore.Client.Sandbox;

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
        create.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, connection, token, async (control, _) =>
        {
            var money = AmountText.Parse(parse.GetValue(balance)!, parse.GetValue(currency)!);
            var buyer = await control.CreateBuyerAsync(new SandboxBuyerSpec
            {
                BuyerId = parse.GetValue(id)!, Name = parse.GetValue(name), Balance = long.Parse(money.Value!, CultureInfo.InvariantCulture), Currency = money.Currency,
            }, ct);
            return OperatorCommand.Print(parse, connection, ControlAnswerJson.Of(buyer),
                $"  Buyer          {buyer.BuyerId}  ({buyer.Name})\n  Balance        {parse.GetValue(balance)} {buyer.Currency}\n  Test code      {buyer.TestCode}\n  Wallet         {control.GatewayUrl}/wallet   password {buyer.WalletPassword}  (shown once)");
        }));
        var list = new Command("list", "List buyers with balances and test codes");
        var listConnection = ConnectionOptions.AddTo(list);
        var listToken = OperatorCommand.TokenOption();
        list.Options.Add(listToken);
        list.SetAction((parse, ct) => OperatorCommand.RunAsync(parse, listConnection, listToken, async (control, _) =>
        {
            var buyers = await control.GetBuyersAsync(ct);
            return OperatorCommand.Print(parse, listConnection, ControlAnswerJson.Of(buyers), string.Join(Environment.NewLine,
                buyers.Select(b => $"{b.BuyerId,-12} {b.TestCode}  {b.Balance,12} {b.Currency}  {b.DisplayName}")));
        }));
        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        return command;
    }
}
