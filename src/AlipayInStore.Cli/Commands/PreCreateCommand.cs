using System.CommandLine;
using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Cli.Observe;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore precreate</c>: customer-scan order, its QR code drawn in the terminal.</summary>
internal static class PreCreateCommand
{
    public static Command Create()
    {
        var command = new Command("precreate", "Create a customer-scan order and draw its QR code in the terminal");
        var connection = ConnectionOptions.AddTo(command);
        var amount = new Option<string>("--amount") { Description = "Amount as a decimal, e.g. 4.50", Required = true };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 code", DefaultValueFactory = _ => "USD" };
        var title = new Option<string>("--title") { Description = "Order title", DefaultValueFactory = _ => "In-store purchase" };
        var transId = new Option<string?>("--merchant-trans-id") { Description = "Your transaction id (generated when absent)" };
        var expires = new Option<int?>("--expires-in") { Description = "Minutes until the order expires (default 30, at most 120)" };
        var svg = new Option<FileInfo?>("--svg") { Description = "Also write the QR code as an SVG file" };
        var wait = new Option<bool>("--wait") { Description = "Wait for the buyer (polling every 5 s) and cancel when the order expires" };
        foreach (var option in new Option[] { amount, currency, title, transId, expires, svg, wait })
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var client = connection.CreateClient(parse, out _);
            var json = parse.GetValue(connection.Json);
            var request = new PreCreateRequest
            {
                MerchantTransId = parse.GetValue(transId) ?? Ids.New("Q"),
                Order = new Order { OrderTitle = parse.GetValue(title), OrderAmount = AmountText.Parse(parse.GetValue(amount)!, parse.GetValue(currency)!) },
                ExpiryTime = parse.GetValue(expires) is { } minutes ? Rfc3339.Format(client.TimeProvider.GetLocalNow().AddMinutes(minutes)) : null,
            };
            var order = await client.CreateQrOrderAsync(request, ct);
            var waiting = parse.GetValue(wait);
            var output = new Output(Console.Out, json);
            // --json --wait prints JSON lines: the order at once (a script needs its QR code to pay), then the outcome.
            var created = ResultJson.From(order.Result, ProtocolJsonContext.Default.PreCreateResponse);
            WriteResult(output, created, json && waiting);
            if (!order.IsCreated)
            {
                return ExitCodes.BusinessFailure;
            }
            if (parse.GetValue(svg) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, order.Svg, ct);
            }
            if (!json)
            {
                Console.WriteLine();
                Console.WriteLine(QrCodeImage.ToText(order.QrCodeUrl!));
            }
            if (!waiting)
            {
                return ExitCodes.Success;
            }
            var outcome = await FlowProgress.RunAsync("Waiting for the buyer", json, order.ExpiresAt - client.TimeProvider.GetUtcNow(),
                () => client.WaitForPaymentAsync(order, cancellationToken: ct));
            WriteResult(output, new JsonObject { ["waited"] = ResultJson.From(outcome) }, json);
            return ResultJson.ExitCode(outcome);
        }));
        return command;
    }

    private static void WriteResult(Output output, JsonObject result, bool jsonLine)
    {
        if (jsonLine)
        {
            Console.WriteLine(result.ToJsonString());
            Console.Out.Flush();
            return;
        }
        output.Write(result);
    }
}
