using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AlipayInStore.Client;

namespace AlipayInStore.Cli.Merchant;

/// <summary>The printable form of results and flow outcomes, and their exit codes.</summary>
internal static class ResultJson
{
    public static JsonObject From<T>(AlipayResult<T> result, JsonTypeInfo<T> info)
        where T : class
    {
        var body = JsonSerializer.SerializeToNode(result.Body, info)!.AsObject();
        body.Remove("resultInfo");
        return new JsonObject
        {
            ["resultStatus"] = result.ResultStatus,
            ["resultCode"] = result.ResultCode,
            ["resultMessage"] = result.ResultMessage,
            ["body"] = body,
        };
    }

    public static JsonObject From(PaymentOutcome outcome) => new()
    {
        ["outcome"] = outcome.Kind.ToString(),
        ["resultCode"] = outcome.ResultCode,
        ["message"] = outcome.Message,
        ["merchantTransId"] = outcome.MerchantTransId,
        ["acquirementId"] = outcome.AcquirementId,
        ["payAmount"] = outcome.PayAmount is { } a ? $"{a.Value} {a.Currency}" : null,
        ["paymentTime"] = outcome.PaymentTime,
        ["queries"] = outcome.Queries,
        ["cancelAttempts"] = outcome.CancelAttempts,
    };

    public static int ExitCode<T>(AlipayResult<T> result)
        where T : class =>
        result.IsSuccess ? ExitCodes.Success : ExitCodes.BusinessFailure;

    public static int ExitCode(PaymentOutcome outcome) => outcome.IsPaid ? ExitCodes.Success : ExitCodes.BusinessFailure;
}
