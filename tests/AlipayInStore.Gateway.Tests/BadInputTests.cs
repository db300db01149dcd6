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

    private static byte[] B(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private const string Open = "{\"request\":{\"head\":";

    public static TheoryData<string, byte[], string> HostileBytes() => new()
    {
        { "invalid UTF-8 in signature", [.. B(Open + "{},\"body\":{}},\"signature\":\"ab"), 0xC3, 0x28, .. B("\"}")], "not valid UTF-8" },
        { "invalid UTF-8 in head", [.. B(Open + "{\"clientId\":\""), 0xFF, .. B("\"},\"body\":{}},\"signature\":\"x\"}")], "not valid UTF-8" },
        { "UTF-8 encoded surrogate", [.. B(Open + "{},\"body\":{\"a\":\""), 0xED, 0xA0, 0x80, .. B("\"}},\"signature\":\"x\"}")], "not valid UTF-8" },
        { "UTF-16 body", System.Text.Encoding.Unicode.GetBytes("\uFEFF" + Open + "{},\"body\":{}},\"signature\":\"x\"}"), "not valid UTF-8" },
        { "lone surrogate in signature", B(Open + "{},\"body\":{}},\"signature\":\"\\uD800\"}"), "'signature' must be valid Unicode text" },
        { "lone surrogate in a member name", B(Open + "{},\"body\":{},\"\\uDC00\":1},\"signature\":\"x\"}"), "must be valid Unicode text" },
        { "deep nesting", B(Open + "{},\"body\":{\"x\":" + new string('[', 100) + new string(']', 100) + "}},\"signature\":\"x\"}"), "nested deeper than 32 levels" },
        { "truncated", B(Open + "{\"clientId\":\"5J5X"), "not valid JSON" },
        { "empty body", [], "not" },
        { "raw NUL byte", B(Open + "{\"clientId\":\"a\u0000\"},\"body\":{}},\"signature\":\"x\"}"), "not valid JSON" },
        { "clientId with U+0000", B(Open + "{\"clientId\":\"5J\\u0000X\"},\"body\":{}},\"signature\":\"x\"}"), "head.clientId must not hold control characters (U+0000–U+001F, U+007F); found U+0000" },
        { "blank clientId", B(Open + "{\"clientId\":\"   \"},\"body\":{}},\"signature\":\"x\"}"), "head.clientId must not be blank" },
        { "clientId of 33 characters", B(Open + "{\"clientId\":\"" + new string('C', 33) + "\"},\"body\":{}},\"signature\":\"x\"}"), "head.clientId must be at most 32 characters" },
        { "clientId lone surrogate", B(Open + "{\"clientId\":\"\\uDBFF\"},\"body\":{}},\"signature\":\"x\"}"), "head.clientId must be valid Unicode text" },
        { "clientId huge number", B(Open + "{\"clientId\":1e999999},\"body\":{}},\"signature\":\"x\"}"), "head.clientId must be a JSON string" },
        { "head is an array", B(Open + "[],\"body\":{}},\"signature\":\"x\"}"), "request.head must be a JSON object" },
    };

    [Theory]
    [MemberData(nameof(HostileBytes))]
    public async Task Post_HostileBytes_UnsignedParamIllegalNothingChanged(string name, byte[] bytes, string reason)
    {
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await _gateway.Merchant.PostBytesAsync(PayPath, bytes);

        Assert.True(("F", "PARAM_ILLEGAL") == (reply.Status, reply.Code), $"{name}: {reply}");
        Assert.Contains(reason, reply.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Post_MalformedChunkedBody_EnvelopeNotHostErrorPage()
    {
        var before = await StateSnapshot.TakeAsync(_gateway);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(_gateway.BaseAddress.Host, _gateway.BaseAddress.Port);
        var stream = tcp.GetStream();
        var request = $"POST {PayPath} HTTP/1.1\r\nHost: {_gateway.BaseAddress.Authority}\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\n{\"req\r\nZZ-not-a-size\r\n";
        await stream.WriteAsync(B(request));

        using var reader = new StreamReader(stream);
        var answer = await reader.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200", answer, StringComparison.Ordinal);
        Assert.Contains("\"resultCode\":\"PARAM_ILLEGAL\"", answer, StringComparison.Ordinal);
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
        { "transId-nul", "PARAM_ILLEGAL", "body.merchantTransId must not hold control characters (U+0000–U+001F, U+007F); found U+0000 at character 6" },
        { "transId-blank", "PARAM_ILLEGAL", "body.merchantTransId must not be blank" },
        { "transId-tab", "PARAM_ILLEGAL", "body.merchantTransId must not hold control characters (U+0000–U+001F, U+007F); found U+0009" },
        { "transId-number", "PARAM_ILLEGAL", "body.merchantTransId must be a JSON string" },
        { "identityCode-control", "PARAM_ILLEGAL", "body.identityCode must not hold control characters (U+0000–U+001F, U+007F); found U+001F" },
        { "identityCode-array", "PARAM_ILLEGAL", "body.identityCode must be a JSON string" },
        { "partnerId-nul", "PARAM_ILLEGAL", "body.partnerId must not hold control characters" },
        { "orderTitle-nul", "PARAM_ILLEGAL", "body.order.orderTitle must not hold control characters (U+0000–U+001F, U+007F); found U+0000" },
        { "orderTitle-blank", "PARAM_ILLEGAL", "body.order.orderTitle must not be blank" },
        { "orderTitle-object", "PARAM_ILLEGAL", "body.order.orderTitle must be a JSON string" },
        { "storeName-del", "PARAM_ILLEGAL", "body.order.seller.storeName must not hold control characters (U+0000–U+001F, U+007F); found U+007F" },
        { "storeId-blank", "PARAM_ILLEGAL", "body.order.seller.storeId must not be blank" },
        { "orderDetail-nul", "PARAM_ILLEGAL", "body.order.orderDetail must not hold U+0000 (NUL)" },
        { "notifyUrl-newline", "PARAM_ILLEGAL", "body.notifyUrl must not hold control characters" },
        { "order-string", "PARAM_ILLEGAL", "body.order must be a JSON object" },
        { "reqMsgId-nul", "PARAM_ILLEGAL", "head.reqMsgId must not hold control characters" },
        { "reqMsgId-blank", "PARAM_ILLEGAL", "head.reqMsgId must not be blank" },
        { "reserve-257", "PARAM_ILLEGAL", "head.reserve must be at most 256 characters" },
        { "function-nul", "PARAM_ILLEGAL", "head.function must not hold control characters" },
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
            case "transId-nul": body["merchantTransId"] = "BAD-T\0"; break;
            case "transId-blank": body["merchantTransId"] = "   "; break;
            case "transId-tab": body["merchantTransId"] = "BAD\tT"; break;
            case "transId-number": body["merchantTransId"] = 12345678901234567890.0; break;
            case "identityCode-control": body["identityCode"] = m.AliceCode + "\u001F"; break;
            case "identityCode-array": body["identityCode"] = new JsonArray(m.AliceCode); break;
            case "partnerId-nul": body["partnerId"] = m.PartnerId + "\0"; break;
            case "orderTitle-nul": order["orderTitle"] = "Coffee\0"; break;
            case "orderTitle-blank": order["orderTitle"] = " \u3000 "; break;
            case "orderTitle-object": order["orderTitle"] = new JsonObject(); break;
            case "storeName-del": order["seller"]!["storeName"] = "Main\u007FSt"; break;
            case "storeId-blank": order["seller"]!["storeId"] = "  "; break;
            case "orderDetail-nul": order["orderDetail"] = "2 x espresso\0"; break;
            case "notifyUrl-newline": body["notifyUrl"] = "https://shop.example/notify\nX-Injected: 1"; break;
            case "order-string": body["order"] = "Coffee 1250"; break;
            case "reqMsgId-nul": head["reqMsgId"] = "msg\0"; break;
            case "reqMsgId-blank": head["reqMsgId"] = "   "; break;
            case "reserve-257": head["reserve"] = new string('r', 257); break;
            case "function-nul": head["function"] = ApiFunctions.Pay + "\0"; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage));
        }
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await m.CallAsync(ApiFunctions.Pay, body, head, PayPath);

        Assert.Equal(("F", code), (reply.Status, reply.Code));
        Assert.Contains(message, reply.Message, StringComparison.Ordinal);
        Assert.True(reply.SignatureValid, "a refusal to an identified merchant is signed");
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    public static TheoryData<string, string, string> SignedReferenceCases() => new()
    {
        { ApiFunctions.PayQuery, "{\"merchantTransId\":\"T\\u0007\"}", "body.merchantTransId must not hold control characters (U+0000–U+001F, U+007F); found U+0007" },
        { ApiFunctions.PayCancel, "{\"acquirementId\":\"  \"}", "body.acquirementId must not be blank" },
        { ApiFunctions.Refund, "{\"acquirementId\":\"2026\",\"merchantRefundId\":\"R\\u0000\",\"refundAmount\":{\"currency\":\"USD\",\"value\":\"1\"}}", "body.merchantRefundId must not hold control characters" },
        { ApiFunctions.Refund, "{\"acquirementId\":\"2026\",\"merchantRefundId\":\"R1\",\"refundAmount\":{\"currency\":\"USD\",\"value\":\"1\"},\"refundReason\":\"\\u0000\"}", "body.refundReason must not hold U+0000 (NUL)" },
        { ApiFunctions.Refund, "{\"acquirementId\":2026,\"merchantRefundId\":\"R1\"}", "body.acquirementId must be a JSON string" },
        { ApiFunctions.Pay, "{\"merchantTransId\":\"\\uD800\"}", "body.merchantTransId must be valid Unicode text" },
        { ApiFunctions.Pay, "{\"order\":{\"orderAmount\":{\"currency\":\"USD\",\"value\":1e999999}}}", "body.order.orderAmount.value must be a JSON string" },
    };

    /// <summary>Bodies written as raw text (escapes and numbers no serializer writes), signed as sent, partnerId first.</summary>
    [Theory]
    [MemberData(nameof(SignedReferenceCases))]
    public async Task Post_SignedHostileBody_SignedParamIllegalNothingChanged(string function, string body, string message)
    {
        var m = _gateway.Merchant;
        var content = "{\"head\":" + m.Head(function).ToJsonString() + ",\"body\":{\"partnerId\":\"" + m.PartnerId + "\"," + body[1..] + "}";
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await m.CallRawAsync(function, content);

        Assert.Equal(("F", "PARAM_ILLEGAL"), (reply.Status, reply.Code));
        Assert.Contains(message, reply.Message, StringComparison.Ordinal);
        Assert.True(reply.SignatureValid);
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Theory]
    [InlineData("")]
    [InlineData("fromBizCC")]
    [InlineData("{key/value}")]
    [InlineData("{\"isvAccesstoken\":123123123sdfsddsf}")]
    public async Task Post_ReserveFreeText_Accepted(string reserve)
    {
        var m = _gateway.Merchant;
        var head = m.Head(ApiFunctions.Pay);
        head["reserve"] = reserve;

        var reply = await m.CallAsync(ApiFunctions.Pay, m.PayBody("RESERVE-" + reserve.Length + "-" + reserve.GetHashCode(StringComparison.Ordinal), "100", m.AliceCode), head);

        Assert.Equal(("S", "SUCCESS"), (reply.Status, reply.Code));
        await _gateway.AssertLedgerBalancedAsync();
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
