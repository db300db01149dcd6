using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Observe;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore pay</c>: merchant-scan payment through the pay → query → cancel flow.</summary>
internal static class PayCommand
{
    public static Command Create()
    {
        var command = new Command("pay", "Charge a buyer's payment code (merchant-scan); polls and cancels like a till would");
        var connection = ConnectionOptions.AddTo(command);
        var amount = new Option<string>("--amount") { Description = "Amount as a decimal, e.g. 12.50", Required = true };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 code", DefaultValueFactory = _ => "USD" };
        var code = new Option<string?>("--code") { Description = "The buyer's payment code as scanned" };
        var buyer = new Option<string?>("--buyer") { Description = "Use this sandbox buyer's test code from the profile (e.g. alice)" };
        var title = new Option<string>("--title") { Description = "Order title", DefaultValueFactory = _ => "In-store purchase" };
        var transId = new Option<string?>("--merchant-trans-id") { Description = "Your transaction id (generated when absent)" };
        var once = new Option<bool>("--no-confirm") { Description = "Call pay once and print its answer, without polling or cancelling" };
        var pollFor = new Option<int>("--poll-for") { Description = "Seconds to poll payQuery after U or a timeout before cancelling", DefaultValueFactory = _ => 60 };
        var pollEvery = new Option<int>("--poll-every") { Description = "Seconds between two payQuery calls", DefaultValueFactory = _ => 5 };
        foreach (var option in new Option[] { amount, currency, code, buyer, title, transId, once, pollFor, pollEvery })
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var client = connection.CreateClient(parse, out var profile);
            var request = new PayRequest
            {
                MerchantTransId = parse.GetValue(transId) ?? Ids.New("T"),
                IdentityCode = parse.GetValue(code) ?? TestCode(profile, parse.GetValue(buyer)),
                Order = new Order { OrderTitle = parse.GetValue(title), OrderAmount = AmountText.Parse(parse.GetValue(amount)!, parse.GetValue(currency)!) },
            };
            var output = new Output(Console.Out, parse.GetValue(connection.Json));
            if (parse.GetValue(once))
            {
                var result = await client.PayAsync(request, ct);
                output.Write(ResultJson.From(result, ProtocolJsonContext.Default.PayResponse));
                return ResultJson.ExitCode(result);
            }
            if (parse.GetValue(pollFor) <= 0 || parse.GetValue(pollEvery) <= 0)
            {
                throw new CliUsageException("--poll-for and --poll-every must be positive numbers of seconds.");
            }
            var flow = new PaymentFlowOptions
            {
                PollDuration = TimeSpan.FromSeconds(parse.GetValue(pollFor)),
                PollInterval = TimeSpan.FromSeconds(parse.GetValue(pollEvery)),
            };
            var outcome = await FlowProgress.RunAsync("Paying", parse.GetValue(connection.Json), flow.PollDuration + flow.PollInterval,
                () => client.PayAndConfirmAsync(request, flow, ct));
            output.Write(ResultJson.From(outcome));
            return ResultJson.ExitCode(outcome);
        }));
        return command;
    }

    private static string TestCode(CliProfile profile, string? buyer)
    {
        if (buyer is null)
        {
            throw new CliUsageException("Give --code (the buyer's payment code) or --buyer (a sandbox buyer from the profile).");
        }
        var found = profile.Buyers?.FirstOrDefault(b => string.Equals(b.BuyerId, buyer, StringComparison.OrdinalIgnoreCase));
        return found?.TestCode ?? throw new CliUsageException($"The profile has no buyer '{buyer}' with a test code.");
    }
}
