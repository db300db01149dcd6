using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Validation;

/// <summary>
/// The field rules of every request; each method returns the first broken rule, or null. Identifiers and titles are
/// plain text: no control character (U+0000–U+001F, U+007F), not blank; free text may hold anything but U+0000.
/// </summary>
public static class RequestValidator
{
    /// <summary>Checks a request head.</summary>
    public static ValidationError? ValidateHead(RequestHead head) => new FieldRules()
        .Equal("head.version", head.Version, ApiFunctions.Version)
        .Identifier("head.function", head.Function, 128)
        .Identifier("head.clientId", head.ClientId, 32)
        .Required("head.reqTime", head.ReqTime, 64)
        .DateTime("head.reqTime", head.ReqTime)
        .Identifier("head.reqMsgId", head.ReqMsgId, 64)
        // Free "Key/Value" text as Alipay documents it ({}, {key/value}, "", plain words): never parsed.
        .Optional("head.reserve", head.Reserve, 256)
        .Check(head.SignType is null || SignTypes.IsKnown(head.SignType), "head.signType", "must be RSA2 or SHA256 (upper case)")
        .Error;

    /// <summary>Checks a head's clientId alone, before it is looked up.</summary>
    public static ValidationError? ValidateClientId(string? clientId) => new FieldRules().Identifier("head.clientId", clientId, 32).Error;

    /// <summary>Checks a pay body, including the direct-mode seller ids.</summary>
    public static ValidationError? Validate(PayRequest body) => Validate(body, directIntegration: true);

    /// <summary>
    /// Checks a pay body; <paramref name="directIntegration"/> false (an acquirer's pay) lifts the rule that the seller
    /// ids equal the partner id: the gateway then checks that they name a registered secondary merchant and store.
    /// </summary>
    public static ValidationError? Validate(PayRequest body, bool directIntegration)
    {
        var rules = new FieldRules()
            .Identifier("body.partnerId", body.PartnerId, 32)
            .Equal("body.productCode", body.ProductCode, "OFFLINE_PAY")
            .Identifier("body.merchantTransId", body.MerchantTransId, 64)
            .Equal("body.codeType", body.CodeType, "BARCODE")
            .Identifier("body.identityCode", body.IdentityCode, 64);
        return Order(rules, body.Order, directIntegration ? body.PartnerId : null)
            .Url("body.notifyUrl", body.NotifyUrl, 1024)
            .JsonObjectText("body.extendInfo", body.ExtendInfo, 2048)
            .Error;
    }

    /// <summary>Checks a preCreate body, including the direct-mode seller ids.</summary>
    public static ValidationError? Validate(PreCreateRequest body) => Validate(body, directIntegration: true);

    /// <summary>Checks a preCreate body; <paramref name="directIntegration"/> false lifts the direct-mode seller rule.</summary>
    public static ValidationError? Validate(PreCreateRequest body, bool directIntegration)
    {
        var rules = new FieldRules()
            .Identifier("body.partnerId", body.PartnerId, 32)
            .Equal("body.productCode", body.ProductCode, "OFFLINE_PAY")
            .Identifier("body.merchantTransId", body.MerchantTransId, 64);
        return Order(rules, body.Order, directIntegration ? body.PartnerId : null)
            .Url("body.notifyUrl", body.NotifyUrl, 1024)
            .DateTime("body.expiryTime", body.ExpiryTime)
            .JsonObjectText("body.extendInfo", body.ExtendInfo, 2048)
            .Error;
    }

    /// <summary>Checks a payQuery body.</summary>
    public static ValidationError? Validate(PayQueryRequest body) =>
        TransactionReference(body.PartnerId, body.AcquirementId, body.MerchantTransId);

    /// <summary>Checks a payCancel body.</summary>
    public static ValidationError? Validate(PayCancelRequest body) =>
        TransactionReference(body.PartnerId, body.AcquirementId, body.MerchantTransId);

    /// <summary>Checks a refund body.</summary>
    public static ValidationError? Validate(RefundRequest body) => new FieldRules()
        .Identifier("body.partnerId", body.PartnerId, 32)
        .Identifier("body.acquirementId", body.AcquirementId, 64)
        .Identifier("body.merchantRefundId", body.MerchantRefundId, 64)
        .Present("body.refundAmount", body.RefundAmount)
        .Money("body.refundAmount", body.RefundAmount)
        .FreeText("body.refundReason", body.RefundReason, 256)
        .Url("body.notifyUrl", body.NotifyUrl, 1024)
        .JsonObjectText("body.extendInfo", body.ExtendInfo, 2048)
        .Error;

    private static ValidationError? TransactionReference(string? partnerId, string? acquirementId, string? merchantTransId) => new FieldRules()
        .Identifier("body.partnerId", partnerId, 32)
        .Check(!string.IsNullOrEmpty(acquirementId) || !string.IsNullOrEmpty(merchantTransId),
            "body.acquirementId", "or body.merchantTransId is required (give at least one)")
        .OptionalIdentifier("body.acquirementId", acquirementId, 64)
        .OptionalIdentifier("body.merchantTransId", merchantTransId, 64)
        .Error;

    // directPartnerId: the partner id the seller ids must equal (direct integration), or null for an acquirer's order.
    private static FieldRules Order(FieldRules rules, Order? order, string? directPartnerId)
    {
        rules.Present("body.order", order);
        if (order is null)
        {
            return rules;
        }
        rules.Title("body.order.orderTitle", order.OrderTitle, 256, required: true)
            .Present("body.order.orderAmount", order.OrderAmount)
            .Money("body.order.orderAmount", order.OrderAmount)
            .FreeText("body.order.orderDetail", order.OrderDetail, 1024)
            .Present("body.order.seller", order.Seller);
        var seller = order.Seller;
        if (seller is null)
        {
            return rules;
        }
        return rules
            .Identifier("body.order.seller.secondaryMerchantId", seller.SecondaryMerchantId, 64)
            .Title("body.order.seller.secondaryMerchantName", seller.SecondaryMerchantName, 256, required: false)
            .Check(seller.SecondaryMerchantIndustry is null || IsMcc(seller.SecondaryMerchantIndustry),
                "body.order.seller.secondaryMerchantIndustry", "must be a 4-digit merchant category code")
            .Identifier("body.order.seller.storeId", seller.StoreId, 64)
            .Title("body.order.seller.storeName", seller.StoreName, 256, required: false)
            .Check(directPartnerId is null || seller.SecondaryMerchantId == directPartnerId, "body.order.seller.secondaryMerchantId", "must equal partnerId in direct integration")
            .Check(directPartnerId is null || seller.StoreId == directPartnerId, "body.order.seller.storeId", "must equal partnerId in direct integration");
    }

    private static bool IsMcc(string value) => value.Length == 4 && value.All(char.IsAsciiDigit);
}
