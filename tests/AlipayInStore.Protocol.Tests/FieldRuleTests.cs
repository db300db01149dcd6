using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Tests;

/// <summary>Identifiers and titles are plain text (docs/protocol.md §7); reserve is free text, never parsed.</summary>
public sealed class FieldRuleTests
{
    private const string Partner = "2088101122136241";

    private static RequestHead Head(string? reserve = null) => new()
    {
        Version = "2.0.2", Function = ApiFunctions.Pay, ClientId = "5J5XHX2YKW9VW8A8", ReqTime = "2026-11-27T10:15:00+08:00", ReqMsgId = "m-1", Reserve = reserve,
    };

    private static PayRequest Pay() => new()
    {
        PartnerId = Partner, MerchantTransId = "T1", IdentityCode = "286512345678901234", Order = OrderDetailFree(),
    };

    private static Order OrderDetailFree() => new()
    {
        OrderTitle = "Coffee", OrderAmount = new Amount { Currency = "USD", Value = "1250" },
        Seller = new Seller { SecondaryMerchantId = Partner, StoreId = Partner, StoreName = "Main St" },
    };

    private static ValidationError? Break(string field, string value)
    {
        var pay = Pay();
        var order = pay.Order!;
        return field switch
        {
            "head.clientId" => RequestValidator.ValidateHead(Head() with { ClientId = value }),
            "head.reqMsgId" => RequestValidator.ValidateHead(Head() with { ReqMsgId = value }),
            "head.function" => RequestValidator.ValidateHead(Head() with { Function = value }),
            "body.merchantTransId" => RequestValidator.Validate(pay with { MerchantTransId = value }),
            "body.identityCode" => RequestValidator.Validate(pay with { IdentityCode = value }),
            "body.order.orderTitle" => RequestValidator.Validate(pay with { Order = order with { OrderTitle = value } }),
            "body.order.seller.storeName" => RequestValidator.Validate(pay with { Order = order with { Seller = order.Seller! with { StoreName = value } } }),
            "body.order.seller.secondaryMerchantName" => RequestValidator.Validate(pay with { Order = order with { Seller = order.Seller! with { SecondaryMerchantName = value } } }),
            "body.order.seller.storeId" => RequestValidator.Validate(pay with { Order = order with { Seller = order.Seller! with { StoreId = value } } }),
            "body.partnerId" => RequestValidator.Validate(new PayQueryRequest { PartnerId = value, MerchantTransId = "T1" }),
            "body.acquirementId" => RequestValidator.Validate(new PayCancelRequest { PartnerId = Partner, AcquirementId = value }),
            "body.merchantRefundId" => RequestValidator.Validate(new RefundRequest
            {
                PartnerId = Partner, AcquirementId = "2026", MerchantRefundId = value, RefundAmount = new Amount { Currency = "USD", Value = "1" },
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    public static TheoryData<string> Fields() =>
    [
        "head.clientId", "head.reqMsgId", "head.function", "body.merchantTransId", "body.identityCode", "body.order.orderTitle",
        "body.order.seller.storeName", "body.order.seller.secondaryMerchantName", "body.order.seller.storeId", "body.partnerId",
        "body.acquirementId", "body.merchantRefundId",
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Validate_ControlCharacter_NamesFieldRuleAndPosition(string field)
    {
        Assert.Equal($"{field} must not hold control characters (U+0000–U+001F, U+007F); found U+0000 at character 2", Break(field, "A\0B")?.Message);
        Assert.Equal($"{field} must not hold control characters (U+0000–U+001F, U+007F); found U+007F at character 1", Break(field, "\u007F")?.Message);
        Assert.Equal($"{field} must not hold control characters (U+0000–U+001F, U+007F); found U+000A at character 3", Break(field, "AB\n")?.Message);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Validate_Blank_NamesFieldAndRule(string field) =>
        Assert.Equal($"{field} must not be blank (only white space)", Break(field, "   ")?.Message);

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{key/value}")]
    [InlineData("fromBizCC")]
    [InlineData("{\"isvAccesstoken\":123123123sdfsddsf}")]
    [InlineData("a=1&b=2\n\t")]
    public void ValidateHead_ReserveFreeText_Accepted(string reserve) => Assert.Null(RequestValidator.ValidateHead(Head(reserve)));

    [Fact]
    public void ValidateHead_ReserveOver256_Refused() =>
        Assert.Equal("head.reserve must be at most 256 characters", RequestValidator.ValidateHead(Head(new string('r', 257)))?.Message);

    [Fact]
    public void Validate_FreeTextWithNul_RefusedButOtherControlsKept()
    {
        var pay = Pay();
        Assert.Equal("body.order.orderDetail must not hold U+0000 (NUL)", RequestValidator.Validate(pay with { Order = pay.Order! with { OrderDetail = "a\0" } })?.Message);
        Assert.Null(RequestValidator.Validate(pay with { Order = pay.Order! with { OrderDetail = "line 1\r\nline 2\ttab" } }));
        var refund = new RefundRequest { PartnerId = Partner, AcquirementId = "2026", MerchantRefundId = "R1", RefundAmount = new Amount { Currency = "USD", Value = "1" } };
        Assert.Equal("body.refundReason must not hold U+0000 (NUL)", RequestValidator.Validate(refund with { RefundReason = "\0" })?.Message);
    }

    [Theory]
    [InlineData("Café ☕ 咖啡")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE payments; --")]
    [InlineData(" padded ")]
    public void Validate_PrintableTitles_Accepted(string title)
    {
        var pay = Pay();
        Assert.Null(RequestValidator.Validate(pay with { Order = pay.Order! with { OrderTitle = title } }));
    }

    [Fact]
    public void Validate_NotifyUrlWithControlCharacter_Refused()
    {
        var error = RequestValidator.Validate(Pay() with { NotifyUrl = "https://shop.example/notify\u0001" });
        Assert.Equal("body.notifyUrl", error?.Field);
        Assert.StartsWith("must not hold control characters", error?.Rule, StringComparison.Ordinal);
    }
}
