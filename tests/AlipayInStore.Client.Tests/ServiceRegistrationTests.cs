using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Client.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task AddAlipayInStore_TwoNamedMerchantsFromConfiguration_EachSendsItsOwnIds()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Merchants:Cafe:GatewayUrl"] = gateway.Url,
            ["Merchants:Cafe:ClientId"] = "CAFE0000CLIENT01",
            ["Merchants:Cafe:PartnerId"] = "2088000000000001",
            ["Merchants:Cafe:MerchantPrivateKeyFile"] = Testing.RepoPaths.Vector("merchant_private_key.pem"),
            ["Merchants:Cafe:GatewayPublicKeyFile"] = Testing.RepoPaths.Vector("gateway_public_key.pem"),
            ["Merchants:Cafe:RequestTimeout"] = "00:00:05",
            ["Merchants:Deli:GatewayUrl"] = gateway.Url,
            ["Merchants:Deli:ClientId"] = "DELI0000CLIENT02",
            ["Merchants:Deli:PartnerId"] = "2088000000000002",
            ["Merchants:Deli:MerchantPrivateKey"] = TestKeys.MerchantPrivatePem,
            ["Merchants:Deli:GatewayPublicKey"] = TestKeys.GatewayPublicPem,
        }).Build();
        var services = new ServiceCollection();
        services.AddAlipayInStore("cafe", configuration.GetSection("Merchants:Cafe"));
        services.AddAlipayInStore("deli", configuration.GetSection("Merchants:Deli"));
        await using var provider = services.BuildServiceProvider();

        var cafe = provider.GetRequiredKeyedService<AlipayInStoreClient>("cafe");
        var deli = provider.GetRequiredService<AlipayInStoreClientFactory>().Get("deli");
        await cafe.PayAsync(TestRequests.Pay("T-CAFE"));
        await deli.PayAsync(TestRequests.Pay("T-DELI"));

        var calls = gateway.Calls.ToArray();
        Assert.Equal(("CAFE0000CLIENT01", "2088000000000001"), (calls[0].Head.ClientId, calls[0].BodyString("partnerId")));
        Assert.Equal(("DELI0000CLIENT02", "2088000000000002"), (calls[1].Head.ClientId, calls[1].BodyString("partnerId")));
        Assert.Same(cafe, provider.GetRequiredService<AlipayInStoreClientFactory>().Get("cafe"));
    }

    [Fact]
    public async Task HostStart_GatewayKeyIsMerchantsOwn_FailsWithMixUpMessage()
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.Services.AddAlipayInStore(o =>
        {
            o.GatewayUrl = "http://127.0.0.1:8080";
            o.ClientId = TestKeys.ClientId;
            o.PartnerId = TestKeys.PartnerId;
            o.MerchantPrivateKey = TestKeys.MerchantPrivatePem;
            o.GatewayPublicKey = TestKeys.MerchantPublicPem;
        });
        await using var app = builder.Build();

        var ex = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("your own merchant public key", ex.Message);
    }
}
