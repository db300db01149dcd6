using System.Text;
using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

/// <summary>
/// The SDK's paths against a stand-in gateway that, unlike ASP.NET Core routing, cares about letter case: it serves only
/// the paths written on Alipay's 2.0.2 pages (global.alipay.com/docs/ac/publicapi/ztkgl5, xmhlyt, ibwv08, xapwxe) and the
/// 2.0.4 preCreate page, spelled out here as literals so a change to the SDK's table cannot move both sides at once.
/// </summary>
public sealed class DocumentedPathTests
{
    private static readonly string[] DocumentedPaths =
    [
        "/api/alipay/intl/acquiring/offline/pay.htm",
        "/api/alipay/intl/acquiring/offline/precreate.htm",
        "/api/alipay/intl/acquiring/offline/payquery.htm",
        "/api/alipay/intl/acquiring/common/paycancel.htm",
        "/api/alipay/intl/acquiring/common/grefund.htm",
    ];

    [Fact]
    public async Task EveryFunction_CaseSensitiveGateway_IsServedAtTheDocumentedPath()
    {
        await using var gateway = await StandInGateway.StartAsync(Answer, DocumentedPaths);
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var pay = await client.PayAsync(TestRequests.Pay("T-PATH-1"));
        var preCreate = await client.PreCreateAsync(TestRequests.PreCreate("T-PATH-2"));
        var query = await client.QueryAsync(new PayQueryRequest { MerchantTransId = "T-PATH-1" });
        var cancel = await client.CancelAsync(new PayCancelRequest { MerchantTransId = "T-PATH-1" });
        var refund = await client.RefundAsync(new RefundRequest
        {
            AcquirementId = "A1", MerchantRefundId = "R-PATH-1", RefundAmount = new Amount { Currency = "USD", Value = "100" }, IsSync = true,
        });

        Assert.Empty(gateway.RefusedPaths);
        Assert.Equal(DocumentedPaths, gateway.Calls.Select(c => c.Path));
        Assert.True(pay.IsSuccess);
        Assert.True(preCreate.IsSuccess);
        Assert.Equal("SUCCESS", query.Body.AcquirementStatus);
        Assert.True(cancel.IsSuccess);
        Assert.True(refund.IsSuccess);
    }

    [Fact]
    public async Task CamelCasePath_CaseSensitiveGateway_IsNotServed()
    {
        await using var gateway = await StandInGateway.StartAsync(Answer, DocumentedPaths);
        using var http = new HttpClient();

        using var camel = await http.PostAsync(gateway.Url + "/api/alipay/intl/acquiring/offline/payQuery.htm", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(404, (int)camel.StatusCode);
        Assert.Equal(["/api/alipay/intl/acquiring/offline/payQuery.htm"], gateway.RefusedPaths);
    }

    private static GatewayReply Answer(GatewayCall call) => call.Function switch
    {
        ApiFunctions.Pay => GatewayReply.Pay(call, ResultCodes.Success),
        ApiFunctions.PreCreate => GatewayReply.PreCreate(call),
        ApiFunctions.PayQuery => GatewayReply.Query(call, "SUCCESS"),
        ApiFunctions.PayCancel => GatewayReply.Cancel(call, ResultCodes.Success),
        _ => GatewayReply.Signed(call, new RefundResponse { ResultInfo = ResultCodes.Success.ToInfo(), MerchantRefundId = "R-PATH-1", RefundStatus = "SUCCESS" },
            ProtocolJsonContext.Default.RefundResponse),
    };
}
