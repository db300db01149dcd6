using System.Text.Json.Nodes;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests;

/// <summary>Every bad request gets an envelope with the right code and a message naming the field; nothing changes.</summary>
public sealed class BadInputTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;
    private static readonly string PayPath = ApiFunctions.PathOf(ApiFunctions.Pay);

    public static TheoryData<string, string, string> RawCases() => new()
    {
        { "hello", "PARAM_ILLEGAL", "not valid JSON" },
        { "{\"foo\":1}", "PARAM_ILLEGAL", "no 'request' member" },
        { "[1,2]", "PARAM_ILLEGAL", "not an envelope" },
        { "{\"request\":{\"head\":{},\"body\":{}},\"request\":{\"head\":{},\"body\":{}},\"signature\":\"x\"}", "PARAM_ILLEGAL", "'request' appears twice" },
        { "{\"request\":{\"head\":{},\"body\":{}},\"signature\":\"x\"}{}", "PARAM_ILLEGAL", "trailing characters" },
        { "{\"request\":{\"head\":{\"clientId\":7},\"body\":{}},\"signature\":\"x\"}", "PARAM_ILLEGAL", "head.clientId must be a JSON string" },
        { "{\"request\":{\"head\":{\"clientId\":\"NOPE\"},\"body\":{}},\"signature\":\"x\"}", "CLIENT_INVALID", "NOPE" },
    };

    [Theory]
    [MemberData(nameof(RawCases))]
    public async Task Post_UnidentifiableRequest_UnsignedEnvelopeWithReason(string text, string code, string reason)
    {
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await _gateway.Merchant.PostAsync(PayPath, text);

        Assert.Equal(("F", code), (reply.Status, reply.Code));
        Assert.Contains(reason, reply.Message, StringComparison.Ordinal);
        Assert.Null(reply.SignatureValid);
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Post_BodyOverLimit_ParamIllegal()
    {
        var text = "{\"request\":{\"head\":{},\"body\":{\"x\":\"" + new string('a', 70_000) + "\"}},\"signature\":\"x\"}";
        var reply = await _gateway.Merchant.PostAsync(PayPath, text);
        Assert.Equal("PARAM_ILLEGAL", reply.Code);
        Assert.Contains("over the limit of 65536 bytes", reply.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> SignedCases() => new()
    {
        { "partnerId-number", "PARAM_ILLEGAL", "body.partnerId must be a JSON string" },
        { "amount-number", "PARAM_ILLEGAL", "body.order.orderAmount.value must be a JSON string" },
        { "missing-identityCode", "PARAM_ILLEGAL", "body.identityCode is required" },
        { "long-transId", "PARAM_ILLEGAL", "body.merchantTransId must be at most 64 characters" },
        { "amount-12.5", "PARAM_ILLEGAL", "body.order.orderAmount.value must be a positive integer" },
        { "amount--1", "PARAM_ILLEGAL", "body.order.orderAmount.value must be a positive integer" },
        { "amount-01", "PARAM_ILLEGAL", "body.order.orderAmount.value must be a positive integer" },
        { "amount-17-digits", "PARAM_ILLEGAL", "body.order.orderAmount.value must be a positive integer" },
        { "seller-not-partner", "PARAM_ILLEGAL", "body.order.seller.secondaryMerchantId must equal partnerId in direct integration" },
        { "productCode", "PARAM_ILLEGAL", "body.productCode must be OFFLINE_PAY" },
        { "foreign-partner", "ACCESS_DENIED", "partnerId 2088000000000000 does not belong to clientId" },
        { "version", "PARAM_ILLEGAL", "head.version must be 2.0.2" },
        { "signType-lower", "PARAM_ILLEGAL", "head.signType must be RSA2 or SHA256" },
        { "unknown-function", "PARAM_ILLEGAL", "head.function alipay.intl.acquiring.offline.refundQuery is not a function of this API" },
        { "function-path-mismatch", "PARAM_ILLEGAL", "does not match the path" },
        { "stale-reqTime", "REQUEST_TIME_INVALID", "16 minutes from the gateway's clock" },
        { "future-reqTime", "REQUEST_TIME_INVALID", "16 minutes from the gateway's clock" },
        { "reqTime-no-offset", "PARAM_ILLEGAL", "head.reqTime must be an RFC 3339 date-time with offset" },
    };

    [Theory]
    [MemberData(nameof(SignedCases))]
    public async Task Post_SignedBadRequest_SignedRefusalNamingFieldAndRule(string breakage, string code, string message)
    {
        var m = _gateway.Merchant;
        var head = m.Head(ApiFunctions.Pay);
        var body = m.PayBody("BAD-" + breakage, "100", m.AliceCode);
        var order = body["order"]!.AsObject();
        switch (breakage)
        {
            case "partnerId-number": body["partnerId"] = 2088; break;
            case "amount-number": order["orderAmount"]!["value"] = 100; break;
            case "missing-identityCode": body.Remove("identityCode"); break;
            case "long-transId": body["merchantTransId"] = new string('x', 65); break;
            case "amount-12.5": order["orderAmount"]!["value"] = "12.5"; break;
            case "amount--1": order["orderAmount"]!["value"] = "-1"; break;
            case "amount-01": order["orderAmount"]!["value"] = "01"; break;
            case "amount-17-digits": order["orderAmount"]!["value"] = "12345678901234567"; break;
            case "seller-not-partner": order["seller"]!["secondaryMerchantId"] = "other"; break;
            case "productCode": body["productCode"] = "ONLINE_PAY"; break;
            case "foreign-partner":
                body["partnerId"] = "2088000000000000";
                order["seller"] = new JsonObject { ["secondaryMerchantId"] = "2088000000000000", ["storeId"] = "2088000000000000" };
                break;
            case "version": head["version"] = "2.0.0"; break;
            case "signType-lower": head["signType"] = "rsa2"; break;
            case "unknown-function": head["function"] = "alipay.intl.acquiring.offline.refundQuery"; break;
            case "function-path-mismatch": head["function"] = ApiFunctions.PayQuery; break;
            case "stale-reqTime": head = m.Head(ApiFunctions.Pay, reqTime: _gateway.Time.GetUtcNow().AddMinutes(-16)); break;
            case "future-reqTime": head = m.Head(ApiFunctions.Pay, reqTime: _gateway.Time.GetUtcNow().AddMinutes(16)); break;
            case "reqTime-no-offset": head["reqTime"] = "2026-11-27T10:00:00"; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage));
        }
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await m.CallAsync(ApiFunctions.Pay, body, head, PayPath);

        Assert.Equal(("F", code), (reply.Status, reply.Code));
        Assert.Contains(message, reply.Message, StringComparison.Ordinal);
        Assert.True(reply.SignatureValid, "a refusal to an identified merchant is signed");
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Post_AmountChangedAfterSigning_InvalidSignature()
    {
        var m = _gateway.Merchant;
        var content = new JsonObject { ["head"] = m.Head(ApiFunctions.Pay), ["body"] = m.PayBody("BAD-SIG", "100", m.AliceCode) }.ToJsonString();
        var signature = m.Sign(content);
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await m.PostAsync(PayPath, "{\"request\":" + content.Replace("\"100\"", "\"1\"", StringComparison.Ordinal) + ",\"signature\":\"" + signature + "\"}");

        Assert.Equal(("F", "INVALID_SIGNATURE"), (reply.Status, reply.Code));
        Assert.True(reply.SignatureValid);
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Post_DuplicatedMemberInsideBody_ParamIllegalAndNothingChanged()
    {
        var m = _gateway.Merchant;
        var content = new JsonObject { ["head"] = m.Head(ApiFunctions.Pay), ["body"] = m.PayBody("DUP-1", "100", m.AliceCode) }.ToJsonString()
            .Replace("\"merchantTransId\":\"DUP-1\"", "\"merchantTransId\":\"DUP-1\",\"merchantTransId\":\"DUP-2\"", StringComparison.Ordinal);
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await m.PostAsync(PayPath, "{\"request\":" + content + ",\"signature\":\"" + m.Sign(content) + "\"}");

        Assert.Equal(("F", "PARAM_ILLEGAL"), (reply.Status, reply.Code));
        Assert.Contains("body.merchantTransId", reply.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Post_NoSignature_InvalidSignature()
    {
        var m = _gateway.Merchant;
        var content = new JsonObject { ["head"] = m.Head(ApiFunctions.Pay), ["body"] = m.PayBody("NO-SIG", "100", m.AliceCode) }.ToJsonString();
        var reply = await m.PostAsync(PayPath, "{\"request\":" + content + "}");
        Assert.Equal("INVALID_SIGNATURE", reply.Code);
        Assert.Contains("missing", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownPath_EnvelopeNotA404Page()
    {
        var reply = await _gateway.Merchant.PostAsync("/api/alipay/intl/acquiring/offline/nothing.htm", "{}");
        Assert.Equal("PARAM_ILLEGAL", reply.Code);
        Assert.Contains("No function is served at", reply.Message, StringComparison.Ordinal);
    }
}
