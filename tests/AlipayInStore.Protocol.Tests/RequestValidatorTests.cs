using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Tests;

public sealed class RequestValidatorTests
{
    private const string Partner = "2088101122136241";

    private static PayRequest ValidPay() => new()
    {
        PartnerId = Partner, MerchantTransId = "T1", IdentityCode = "286512345678901234",
        Order = new Order
        {
            OrderTitle = "Coffee", OrderAmount = new Amount { Currency = "USD", Value = "1250" },
            Seller = new Seller { SecondaryMerchantId = Partner, StoreId = Partner, SecondaryMerchantIndustry = "5812" },
        },
    };

    [Fact]
    public void Validate_ValidPay_NoError() => Assert.Null(RequestValidator.Validate(ValidPay()));

    public static TheoryData<string, string> PayCases() => new()
    {
        { "partnerId", "body.partnerId is required" },
        { "longTransId", "body.merchantTransId must be at most 64 characters" },
        { "productCode", "body.productCode must be OFFLINE_PAY" },
        { "decimal", "body.order.orderAmount.value " + Money.Money.ValueRule },
        { "currency", "body.order.orderAmount.currency must be an active ISO 4217 code in upper case, e.g. USD" },
        { "seller", "body.order.seller.secondaryMerchantId must equal partnerId in direct integration" },
        { "store", "body.order.seller.storeId must equal partnerId in direct integration" },
        { "mcc", "body.order.seller.secondaryMerchantIndustry must be a 4-digit merchant category code" },
        { "extendInfo", "body.extendInfo must be a JSON object written as a string, e.g. \"{}\"" },
        { "notifyUrl", "body.notifyUrl must be an absolute http or https URL" },
    };

    [Theory]
    [MemberData(nameof(PayCases))]
    public void Validate_BrokenPay_NamesFieldAndRule(string broken, string message)
    {
        var pay = ValidPay();
        var order = pay.Order!;
        pay = broken switch
        {
            "partnerId" => pay with { PartnerId = null },
            "longTransId" => pay with { MerchantTransId = new string('x', 65) },
            "productCode" => pay with { ProductCode = "ONLINE" },
            "decimal" => pay with { Order = order with { OrderAmount = new Amount { Currency = "USD", Value = "12.5" } } },
            "currency" => pay with { Order = order with { OrderAmount = new Amount { Currency = "usd", Value = "1" } } },
            "seller" => pay with { Order = order with { Seller = order.Seller! with { SecondaryMerchantId = "other" } } },
            "store" => pay with { Order = order with { Seller = order.Seller! with { StoreId = "other" } } },
            "mcc" => pay with { Order = order with { Seller = order.Seller! with { SecondaryMerchantIndustry = "58a2" } } },
            "extendInfo" => pay with { ExtendInfo = "[1]" },
            "notifyUrl" => pay with { NotifyUrl = "ftp://x" },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };
        Assert.Equal(message, RequestValidator.Validate(pay)?.Message);
    }

    [Theory]
    [InlineData("2026-11-27T10:15:00+08:00", true)]
    [InlineData("2026-11-27T02:15:00Z", true)]
    [InlineData("2026-11-27T10:15:00.123-05:00", true)]
    [InlineData("2026-11-27T10:15:00", false)]
    [InlineData("2026-11-27 10:15:00+08:00", false)]
    [InlineData("27/11/2026", false)]
    public void ValidateHead_ReqTime_Rfc3339WithOffsetOnly(string reqTime, bool ok)
    {
        var head = new RequestHead { Version = "2.0.2", Function = ApiFunctions.Pay, ClientId = "c", ReqTime = reqTime, ReqMsgId = "m" };
        Assert.Equal(ok, RequestValidator.ValidateHead(head) is null);
    }

    [Fact]
    public void ValidateHead_LowerCaseSignType_Refused()
    {
        var head = new RequestHead { Version = "2.0.2", Function = ApiFunctions.Pay, ClientId = "c", ReqTime = "2026-11-27T10:15:00Z", ReqMsgId = "m", SignType = "rsa2" };
        Assert.Equal("head.signType must be RSA2 or SHA256 (upper case)", RequestValidator.ValidateHead(head)?.Message);
    }

    [Fact]
    public void Validate_QueryWithoutAnyId_SaysGiveOne()
    {
        var error = RequestValidator.Validate(new PayQueryRequest { PartnerId = Partner });
        Assert.Equal("body.acquirementId or body.merchantTransId is required (give at least one)", error?.Message);
    }

    [Fact]
    public void ResultCodes_Catalog_IdsUniqueAndEightDigits()
    {
        Assert.Equal(ResultCodes.All.Count, ResultCodes.All.Select(c => c.CodeId).Distinct().Count());
        Assert.All(ResultCodes.All, c => Assert.Matches("^[0-9]{8}$", c.CodeId));
        Assert.Equal("00000000", ResultCodes.Find("SUCCESS")!.CodeId);
    }
}
