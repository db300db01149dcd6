using System.Text.RegularExpressions;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>The field rules of indirectMerchant.maintain and .query (docs/protocol.md, acquirer mode).</summary>
internal static partial class IndirectMerchantRules
{
    [GeneratedRegex("^[A-Za-z0-9_]{1,32}$")]
    private static partial Regex SellerIdPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex MccPattern();

    public static ValidationError? Validate(IndirectMerchantMaintainRequest body) =>
        Required(body.MerchantId, "body.merchantId", 64)
        ?? (body.OperationType is "ADD" or "MODIFY" ? null : new ValidationError("body.operationType", "must be ADD or MODIFY"))
        ?? (body.SellerInfo is null ? new ValidationError("body.sellerInfo", "is required") : null)
        ?? (body.StoreInfo is null ? new ValidationError("body.storeInfo", "is required for offline (in-store) secondary merchants") : null)
        ?? SellerId(body.SellerInfo!.SellerId, "body.sellerInfo.sellerId")
        ?? Required(body.SellerInfo.SellerName, "body.sellerInfo.sellerName", 256)
        ?? (body.SellerInfo.SellerMcc is { } mcc && MccPattern().IsMatch(mcc) ? null : new ValidationError("body.sellerInfo.sellerMcc", "must be a 4-digit merchant category code"))
        ?? Required(body.StoreInfo!.StoreId, "body.storeInfo.storeId", 32)
        ?? Required(body.StoreInfo.StoreName, "body.storeInfo.storeName", 256)
        ?? Optional(body.StoreInfo.StoreAddress, "body.storeInfo.storeAddress", 256)
        ?? Optional(body.NotifyUrl, "body.notifyUrl", 1024)
        ?? Optional(body.ExtendInfo, "body.extendInfo", 2048);

    public static ValidationError? Validate(IndirectMerchantQueryRequest body) =>
        Required(body.MerchantId, "body.merchantId", 64)
        ?? SellerId(body.SellerId, "body.sellerId")
        ?? Required(body.StoreId, "body.storeId", 32)
        ?? (body.PaymentScene is null or "OFFLINE" ? null : new ValidationError("body.paymentScene", "must be OFFLINE: this gateway registers in-store secondary merchants only"));

    private static ValidationError? SellerId(string? value, string field) =>
        value is not null && SellerIdPattern().IsMatch(value) ? null : new ValidationError(field, "must be 1 to 32 letters, digits or underscores");

    private static ValidationError? Required(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) ? new ValidationError(field, "is required (not blank)") : Optional(value, field, max);

    private static ValidationError? Optional(string? value, string field, int max) =>
        value is null ? null
        : value.Length > max ? new ValidationError(field, $"must be at most {max} characters")
        : value.Any(c => c < ' ' || c == '\u007f') ? new ValidationError(field, "must not hold control characters")
        : null;
}
