using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore cancel</c>: cancel (reverse) a transaction of the current business day.</summary>
internal static class CancelCommand
{
    public static Command Create()
    {
        var command = new Command("cancel", "Cancel a transaction of the current business day; a paid one is refunded in full (payCancel)");
        var connection = ConnectionOptions.AddTo(command);
        var transId = new Option<string?>("--merchant-trans-id") { Description = "Your transaction id" };
        var acquirementId = new Option<string?>("--acquirement-id") { Description = "The gateway's transaction id" };
        command.Options.Add(transId);
        command.Options.Add(acquirementId);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var request = new PayCancelRequest { MerchantTransId = parse.GetValue(transId), AcquirementId = parse.GetValue(acquirementId) };
            if (request.MerchantTransId is null && request.AcquirementId is null)
            {
                throw new CliUsageException("Give --merchant-trans-id or --acquirement-id.");
            }
            var result = await connection.CreateClient(parse, out _).CancelAsync(request, ct);
            new Output(Console.Out, parse.GetValue(connection.Json)).Write(ResultJson.From(result, ProtocolJsonContext.Default.PayCancelResponse));
            return ResultJson.ExitCode(result);
        }));
        return command;
    }
}
