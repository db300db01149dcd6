using System.CommandLine;
using AlipayInStore.Cli.Merchant;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Commands;

/// <summary><c>alipay-instore query</c>: the status of one transaction.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query", "Show the status of a transaction (payQuery)");
        var connection = ConnectionOptions.AddTo(command);
        var transId = new Option<string?>("--merchant-trans-id") { Description = "Your transaction id" };
        var acquirementId = new Option<string?>("--acquirement-id") { Description = "The gateway's transaction id (wins when both are given)" };
        command.Options.Add(transId);
        command.Options.Add(acquirementId);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(async () =>
        {
            var request = new PayQueryRequest { MerchantTransId = parse.GetValue(transId), AcquirementId = parse.GetValue(acquirementId) };
            if (request.MerchantTransId is null && request.AcquirementId is null)
            {
                throw new CliUsageException("Give --merchant-trans-id or --acquirement-id.");
            }
            var result = await connection.CreateClient(parse, out _).QueryAsync(request, ct);
            new Output(Console.Out, parse.GetValue(connection.Json)).Write(ResultJson.From(result, ProtocolJsonContext.Default.PayQueryResponse));
            return ResultJson.ExitCode(result);
        }));
        return command;
    }
}
