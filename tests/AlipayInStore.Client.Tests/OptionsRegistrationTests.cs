using AlipayInStore.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Client.Tests;

/// <summary><c>AddAlipayInStore(name, options)</c>: options built in code are registered whole, as a copy.</summary>
public sealed class OptionsRegistrationTests
{
    [Fact]
    public async Task AddAlipayInStore_NameAndOptions_RegistersEveryOptionAsACopy()
    {
        var given = TestKeys.Options("http://127.0.0.1:1");
        given.SignType = "SHA256";
        given.MerchantPrivateKeyFile = "merchant.pem";
        given.GatewayPublicKeyFile = "gateway.pem";
        given.Sha256Key = "0123456789abcdef0123456789abcdef";
        given.RequestTimeout = TimeSpan.FromSeconds(7);
        given.MaxAttempts = 5;
        given.DoubleBase64Signatures = true;
        given.IndirectIntegration = true;
        var expected = given.Clone();
        var services = new ServiceCollection();

        services.AddAlipayInStore("deli", given);
        given.ClientId = "CHANGED-AFTERWARDS";
        await using var provider = services.BuildServiceProvider();
        var registered = provider.GetRequiredService<IOptionsMonitor<AlipayInStoreOptions>>().Get("deli");

        foreach (var property in typeof(AlipayInStoreOptions).GetProperties())
        {
            Assert.True(Equals(property.GetValue(expected), property.GetValue(registered)), $"{property.Name} was not registered as given");
        }
    }
}
