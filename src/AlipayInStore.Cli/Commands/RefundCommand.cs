using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore refund</c>: refund all or part of a paid transaction.</summary>
internal static class RefundCommand
{
    public static Command Create()
    {
        var command = new Command("refund", "Refund all or part of a paid transaction (synchronous unless --async)");
        var connection = ConnectionOptions.AddTo(command);
        var acquirementId = new Option<string>("--acquirement-id") { Description = "The gateway's id of the paid transaction", Required = true };
        var amount = new Option<string>("--amount") { Description = "Amount to refund as a decimal, e.g. 2.50", Required = true };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 code (the order's)", DefaultValueFactory = _ => "USD" };
        var refundId = new Option<string?>("--merchant-refund-id") { Description = "Your refund id (generated when absent; reuse it to retry safely)" };
        var reason = new Option<string?>("--reason") { Description = "Refund reason" };
        var isAsync = new Option<bool>("--async") { Description = "Ask for an asynchronous refund (isSync false): success arrives by notification" };
        foreach (var option in new Option[] { acquirementId, amount, currency, refundId, reason, isAsync })
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var request = new RefundRequest
            {
                AcquirementId = parse.GetValue(acquirementId),
                MerchantRefundId = parse.GetValue(refundId) ?? Ids.New("R"),
                RefundAmount = AmountText.Parse(parse.GetValue(amount)!, parse.GetValue(currency)!),
                RefundReason = parse.GetValue(reason),
                IsSync = !parse.GetValue(isAsync),
            };
            var result = await connection.CreateClient(parse, out _).RefundAsync(request, ct);
            new Output(Console.Out, parse.GetValue(connection.Json)).Write(ResultJson.From(result, ProtocolJsonContext.Default.RefundResponse));
            return ResultJson.ExitCode(result);
        }));
        return command;
    }
}
