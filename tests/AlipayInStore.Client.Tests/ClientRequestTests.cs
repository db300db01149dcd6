using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Signing;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

public sealed class ClientRequestTests
{
    [Fact]
    public async Task PayAsync_Rsa2_SendsSignedEnvelopeThatVerifiesWithMerchantPublicKey()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var result = await client.PayAsync(TestRequests.Pay());

        var call = Assert.Single(gateway.Calls);
        Assert.True(call.SignatureVerifies);
        Assert.Equal("/api/alipay/intl/acquiring/offline/pay.htm", call.Path);
        Assert.Equal("application/json; charset=UTF-8", call.ContentType);
        Assert.Equal("2.0.2", call.Head.Version);
        Assert.Equal(ApiFunctions.Pay, call.Head.Function);
        Assert.Equal(TestKeys.ClientId, call.Head.ClientId);
        Assert.Equal("RSA2", call.Head.SignType);
        Assert.True(Rfc3339.TryParse(call.Head.ReqTime, out _), call.Head.ReqTime);
        Assert.False(string.IsNullOrEmpty(call.Head.ReqMsgId));
        Assert.Equal(TestKeys.PartnerId, call.BodyString("partnerId"));
        Assert.Equal(TestKeys.PartnerId, call.Body.GetProperty("order").GetProperty("seller").GetProperty("storeId").GetString());
        Assert.True(result.IsSuccess);
        Assert.Equal("SUCCESS", result.ResultCode);
        Assert.Equal("2026112711121280010016600000001", result.Body.AcquirementId);
        Assert.Equal(call.Head.ReqMsgId, result.Head.ReqMsgId);
    }

    [Fact]
    public async Task PayAsync_Sha256SignType_SignsWithSharedKeyAndVerifiesAnswer()
    {
        var scheme = new Sha256KeyScheme(TestKeys.Sha256Key);
        var verified = false;
        await using var gateway = await StandInGateway.StartAsync(c =>
        {
            verified = scheme.Verify(c.Envelope.SignedContent.Span, c.Envelope.Signature);
            return GatewayReply.Signed(c, new PayResponse { ResultInfo = ResultCodes.Success.ToInfo() }, Protocol.Json.ProtocolJsonContext.Default.PayResponse, signer: scheme);
        });
        var options = TestKeys.Options(gateway.Url);
        options.SignType = "SHA256";
        options.Sha256Key = TestKeys.Sha256Key;
        var client = new AlipayInStoreClient(new HttpClient(), options);

        var result = await client.PayAsync(TestRequests.Pay());

        Assert.True(verified);
        Assert.Equal("SHA256", Assert.Single(gateway.Calls).Head.SignType);
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task EachFunction_Called_PostsToItsOwnPathAndReturnsTypedBody()
    {
        await using var gateway = await StandInGateway.StartAsync(c => c.Function switch
        {
            ApiFunctions.PayQuery => GatewayReply.Query(c, "WAIT_BUYER_PAY"),
            ApiFunctions.PayCancel => GatewayReply.Cancel(c, ResultCodes.OrderNotExist),
            ApiFunctions.PreCreate => GatewayReply.PreCreate(c),
            _ => GatewayReply.Signed(c, new RefundResponse { ResultInfo = ResultCodes.RefundAmountExceed.ToInfo(), MerchantRefundId = "R1" },
                Protocol.Json.ProtocolJsonContext.Default.RefundResponse),
        });
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var query = await client.QueryAsync(new PayQueryRequest { MerchantTransId = "T1" });
        var cancel = await client.CancelAsync(new PayCancelRequest { MerchantTransId = "T1" });
        var refund = await client.RefundAsync(new RefundRequest
        {
            AcquirementId = "A1", MerchantRefundId = "R1", RefundAmount = new Amount { Currency = "USD", Value = "100" }, IsSync = true,
        });
        var preCreate = await client.PreCreateAsync(TestRequests.PreCreate("T2"));

        Assert.Equal("WAIT_BUYER_PAY", query.Body.AcquirementStatus);
        Assert.True(cancel.IsFailed);
        Assert.Equal("ORDER_NOT_EXIST", cancel.ResultCode);
        Assert.Equal("REFUND_AMOUNT_EXCEED", refund.ResultCode);
        Assert.StartsWith("https://", preCreate.Body.OrderQrCode);
        Assert.Equal(
            ["/api/alipay/intl/acquiring/offline/payquery.htm", "/api/alipay/intl/acquiring/common/paycancel.htm",
             "/api/alipay/intl/acquiring/common/grefund.htm", "/api/alipay/intl/acquiring/offline/precreate.htm"],
            gateway.Calls.Select(c => c.Path));
        Assert.All(gateway.Calls, c => Assert.True(c.SignatureVerifies));
    }

    [Fact]
    public async Task PayAsync_WithoutMerchantTransId_ThrowsBeforeSending()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        await Assert.ThrowsAsync<ArgumentException>(() => client.PayAsync(TestRequests.Pay() with { MerchantTransId = null }));

        Assert.Empty(gateway.Calls);
    }
}
