using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Testing;

namespace AlipayInStore.Client.Tests;

public sealed class IndirectIntegrationTests
{
    private static PayRequest ForSecondaryMerchant()
    {
        var pay = TestRequests.Pay();
        return pay with { Order = pay.Order! with { Seller = new Seller { SecondaryMerchantId = "SUB-0001", StoreId = "STORE-01" } } };
    }

    [Fact]
    public async Task PayAsync_DirectIntegrationNamingAnotherSeller_ThrowsNamingSellerAndSendsNothing()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.PayAsync(ForSecondaryMerchant()));

        Assert.StartsWith("body.order.seller.", ex.ParamName, StringComparison.Ordinal);
        Assert.Empty(gateway.Calls);
    }

    [Fact]
    public async Task PayAsync_IndirectIntegration_SendsTheSecondaryMerchantForTheGatewayToCheck()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var options = TestKeys.Options(gateway.Url);
        options.IndirectIntegration = true;
        var client = new AlipayInStoreClient(new HttpClient(), options);

        await client.PayAsync(ForSecondaryMerchant());

        var call = Assert.Single(gateway.CallsOf(ApiFunctions.Pay));
        var seller = call.Body.GetProperty("order").GetProperty("seller");
        Assert.Equal("SUB-0001", seller.GetProperty("secondaryMerchantId").GetString());
        Assert.Equal("STORE-01", seller.GetProperty("storeId").GetString());
    }
}
