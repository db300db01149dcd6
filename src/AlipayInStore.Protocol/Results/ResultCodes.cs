using System.Collections.Frozen;

namespace AlipayInStore.Protocol.Results;

/// <summary>The catalog of every result code of the protocol, with fixed ids.</summary>
/// <remarks>
/// Ids follow Ant's platform sibling where one is known (<c>PARAM_ILLEGAL</c> <c>00000004</c>, <c>SYSTEM_ERROR</c>
/// <c>00000900</c>); the rest are this project's own. Ids retired by that change (<see cref="RetiredIds"/>) are never
/// given to another code. Merchants key on <c>resultStatus</c> and <c>resultCode</c>, not on ids.
/// </remarks>
public static class ResultCodes
{
#pragma warning disable CS1591 // the names are the codes of PROTOCOL.md section 7
    public static readonly ResultCode Success = new("SUCCESS", "S", "00000000", "Success");
    public static readonly ResultCode UnknownException = new("UNKNOWN_EXCEPTION", "U", "00000903", "The result is unknown: query the transaction, then decide");
    public static readonly ResultCode SystemError = new("SYSTEM_ERROR", "U", "00000900", "System error: query the transaction, then decide");
    public static readonly ResultCode UserPaying = new("USER_PAYING", "U", "00000902", "Waiting for the buyer to confirm the payment in the app");
    public static readonly ResultCode ParamIllegal = new("PARAM_ILLEGAL", "F", "00000004", "Illegal parameters");
    public static readonly ResultCode InvalidSignature = new("INVALID_SIGNATURE", "F", "00000002", "The signature does not verify");
    public static readonly ResultCode RequestTimeInvalid = new("REQUEST_TIME_INVALID", "F", "00000003", "reqTime is too far from the gateway's clock");
    public static readonly ResultCode ClientInvalid = new("CLIENT_INVALID", "F", "00000007", "Unknown clientId");
    public static readonly ResultCode AccessDenied = new("ACCESS_DENIED", "F", "00000005", "The partnerId does not belong to this clientId");
    public static readonly ResultCode CurrencyNotSupport = new("CURRENCY_NOT_SUPPORT", "F", "00000006", "The currency is not supported");
    public static readonly ResultCode ExpiredCode = new("EXPIRED_CODE", "F", "00001001", "The payment code has expired");
    public static readonly ResultCode InvalidCode = new("INVALID_CODE", "F", "00001002", "No such payment code");
    public static readonly ResultCode BuyerBalanceNotEnough = new("BUYER_BALANCE_NOT_ENOUGH", "F", "00001003", "The buyer's balance is not enough");
    public static readonly ResultCode FraudReject = new("FRAUD_REJECT", "F", "00001004", "Rejected by risk control");
    public static readonly ResultCode OrderNotExist = new("ORDER_NOT_EXIST", "F", "00002001", "The transaction does not exist");
    public static readonly ResultCode OrderIsClosed = new("ORDER_IS_CLOSED", "F", "00002002", "The transaction is closed");
    public static readonly ResultCode OrderStatusInvalid = new("ORDER_STATUS_INVALID", "F", "00002003", "The transaction's status does not allow this");
    public static readonly ResultCode RepeatReqInconsistent = new("REPEAT_REQ_INCONSISTENT", "F", "00002004", "A request with this id was already made with different values");
    public static readonly ResultCode RefundAmountExceed = new("REFUND_AMOUNT_EXCEED", "F", "00003001", "The total refunded would exceed the paid amount");
    public static readonly ResultCode RefundWindowExpired = new("REFUND_WINDOW_EXPIRED", "F", "00003002", "Refunds are allowed within 365 days of payment");
    public static readonly ResultCode CancelWindowExpired = new("CANCEL_WINDOW_EXPIRED", "F", "00003003", "Only transactions of the current business day can be cancelled");
    public static readonly ResultCode MerchantBalanceNotEnough = new("MERCHANT_BALANCE_NOT_ENOUGH", "F", "00003004", "The merchant's balance is not enough for this refund");
    public static readonly ResultCode MerchantDisabled = new("MERCHANT_DISABLED", "F", "00000050", "The merchant is disabled");
#pragma warning restore CS1591

    /// <summary>Every code of the catalog.</summary>
    public static IReadOnlyList<ResultCode> All { get; } =
    [
        Success, UnknownException, SystemError, UserPaying, ParamIllegal, InvalidSignature, RequestTimeInvalid,
        ClientInvalid, AccessDenied, CurrencyNotSupport, ExpiredCode, InvalidCode, BuyerBalanceNotEnough,
        FraudReject, OrderNotExist, OrderIsClosed, OrderStatusInvalid, RepeatReqInconsistent, RefundAmountExceed,
        RefundWindowExpired, CancelWindowExpired, MerchantBalanceNotEnough,
        MerchantDisabled,
    ];

    /// <summary>Ids an earlier version gave to other codes (<c>00000001</c> was PARAM_ILLEGAL, <c>00000901</c> SYSTEM_ERROR); never reused.</summary>
    public static IReadOnlyList<string> RetiredIds { get; } = ["00000001", "00000901"];

    private static readonly FrozenDictionary<string, ResultCode> ByCode = All.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>The catalog entry for <paramref name="code"/>, or null when unknown.</summary>
    public static ResultCode? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var c) ? c : null;
}
