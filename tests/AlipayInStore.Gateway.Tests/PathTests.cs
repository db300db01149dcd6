using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests;

/// <summary>The gateway serves the lower-case paths of Alipay's 2.0.2 pages and still takes the camel-case spellings.</summary>
public sealed class PathTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Theory]
    [InlineData("/api/alipay/intl/acquiring/offline/payquery.htm", "PATH-Q-1")]
    [InlineData("/api/alipay/intl/acquiring/offline/payQuery.htm", "PATH-Q-2")]
    public async Task PayQuery_DocumentedOrCamelCasePath_Answered(string path, string merchantTransId)
    {
        await _gateway.Merchant.PayAsync(merchantTransId, "300");

        var reply = await _gateway.Merchant.CallAsync(ApiFunctions.PayQuery,
            new() { ["partnerId"] = _gateway.Merchant.PartnerId, ["merchantTransId"] = merchantTransId }, path: path);

        Assert.Equal(("S", "SUCCESS", "SUCCESS"), (reply.Status, reply.Code, reply.Field("acquirementStatus")));
        Assert.True(reply.SignatureValid);
    }

    [Theory]
    [InlineData("/api/alipay/intl/acquiring/common/paycancel.htm", "PATH-C-1")]
    [InlineData("/api/alipay/intl/acquiring/common/payCancel.htm", "PATH-C-2")]
    public async Task PayCancel_DocumentedOrCamelCasePath_Cancels(string path, string merchantTransId)
    {
        await _gateway.Merchant.PayAsync(merchantTransId, "300");

        var reply = await _gateway.Merchant.CallAsync(ApiFunctions.PayCancel,
            new() { ["partnerId"] = _gateway.Merchant.PartnerId, ["merchantTransId"] = merchantTransId }, path: path);

        Assert.Equal(("S", "SUCCESS"), (reply.Status, reply.Code));
        Assert.Equal("CANCELLED", (await _gateway.Merchant.QueryAsync(merchantTransId)).Field("acquirementStatus"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public void Paths_ProtocolTable_AreTheDocumentedLowerCaseOnes()
    {
        Assert.Equal("/api/alipay/intl/acquiring/offline/payquery.htm", ApiFunctions.PathOf(ApiFunctions.PayQuery));
        Assert.Equal("/api/alipay/intl/acquiring/common/paycancel.htm", ApiFunctions.PathOf(ApiFunctions.PayCancel));
        // The guide's five functions are lower case on the 2.0.2 pages; the acquirer's two keep the spelling of their own
        // pages (importindirectmerchant_offline, merchantquery): .../indirectMerchant/maintain.htm.
        Assert.All(new[] { ApiFunctions.Pay, ApiFunctions.PreCreate, ApiFunctions.PayQuery, ApiFunctions.PayCancel, ApiFunctions.Refund },
            f => Assert.Equal(ApiFunctions.PathOf(f).ToLowerInvariant(), ApiFunctions.PathOf(f)));
        Assert.Equal("/api/alipay/intl/merchant/common/indirectMerchant/maintain.htm", ApiFunctions.PathOf(ApiFunctions.IndirectMerchantMaintain));
        Assert.Equal("/api/alipay/intl/merchant/common/indirectMerchant/query.htm", ApiFunctions.PathOf(ApiFunctions.IndirectMerchantQuery));
        Assert.Equal(7, ApiFunctions.Paths.Count);
    }
}
