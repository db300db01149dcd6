using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>The rules pay and preCreate share: which currencies an order may use, and when a repeated merchantTransId is refused.</summary>
internal sealed class OrderRules(FxTable fx, IOptions<GatewayOptions> options)
{
    /// <summary>The sandbox takes USD only; production takes what the FX table quotes.</summary>
    public ResultInfo? CurrencyRefusal(string currency) =>
        options.Value.IsSandbox && currency != "USD"
            ? ResultCodes.CurrencyNotSupport.ToInfo($"The sandbox accepts USD only, not {currency}")
            : !options.Value.IsSandbox && !fx.Supports(currency)
                ? ResultCodes.CurrencyNotSupport.ToInfo($"{currency} is not in the FX table")
                : null;

    /// <summary>
    /// Why a request for an existing merchantTransId is refused, or null when it repeats that transaction: it was
    /// cancelled before creation, or it differs in function, amount, currency (or, for a pay, payment code).
    /// </summary>
    public static ResultInfo? RepeatRefusal(Payment existing, PaymentKind kind, OrderDetails order, string? identityCode = null)
    {
        var noun = kind == PaymentKind.BarCode ? "payment" : "order was created";
        if (existing.Kind == PaymentKind.CancelledBeforeCreation)
        {
            return ResultCodes.OrderIsClosed.ToInfo($"This merchantTransId was cancelled before any {noun}");
        }
        var same = existing.Kind == kind && existing.Amount == order.Amount.MinorUnits && existing.Currency == order.Amount.Currency
            && (kind != PaymentKind.BarCode || existing.IdentityCode == identityCode);
        return same
            ? null
            : ResultCodes.RepeatReqInconsistent.ToInfo(kind == PaymentKind.BarCode
                ? "merchantTransId was already used with a different amount, currency, payment code or function"
                : "merchantTransId was already used with different values");
    }
}
