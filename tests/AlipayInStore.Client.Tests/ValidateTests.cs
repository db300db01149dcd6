using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Testing;

namespace AlipayInStore.Client.Tests;

public sealed class ValidateTests
{
    [Fact]
    public async Task ValidateAsync_CorrectKeys_EveryCheckPasses()
    {
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options("http://127.0.0.1:8080"));

        var report = await client.ValidateAsync();

        Assert.True(report.IsValid, report.ToString());
        Assert.Contains(report.Checks, c => c.Name == "SelfTest" && c.Passed);
        Assert.Contains(report.Checks, c => c.Name == "KeyPair" && c.Passed);
    }

    [Fact]
    public async Task ValidateAsync_MerchantPublicKeyConfiguredAsGateways_ReportsMixUpInPlainWords()
    {
        var options = TestKeys.Options("http://127.0.0.1:8080");
        options.GatewayPublicKey = TestKeys.MerchantPublicPem;
        var client = new AlipayInStoreClient(new HttpClient(), options);

        var report = await client.ValidateAsync();

        Assert.False(report.IsValid);
        var problem = Assert.Single(report.Problems);
        Assert.Contains("your own merchant public key", problem);
    }

    [Fact]
    public async Task ValidateAsync_PrivateAndPublicSwapped_SaysWhichKeyIsWrong()
    {
        var options = TestKeys.Options("http://127.0.0.1:8080");
        options.MerchantPrivateKey = TestKeys.MerchantPublicPem;
        options.GatewayPublicKey = TestKeys.GatewayPrivatePem;
        var client = new AlipayInStoreClient(new HttpClient(), options);

        var report = await client.ValidateAsync();

        Assert.Contains(report.Problems, p => p.StartsWith("MerchantPrivateKey", StringComparison.Ordinal) && p.Contains("public key where a private key belongs"));
        Assert.Contains(report.Problems, p => p.StartsWith("GatewayPublicKey", StringComparison.Ordinal) && p.Contains("private key where a public key belongs"));
    }

    [Fact]
    public async Task ValidateAsync_WeakKeyFromFile_ReportsSize()
    {
        var options = TestKeys.Options("http://127.0.0.1:8080");
        options.MerchantPrivateKey = null;
        options.MerchantPrivateKeyFile = RepoPaths.Vector("weak_1024_private_key.pem");
        var client = new AlipayInStoreClient(new HttpClient(), options);

        var report = await client.ValidateAsync();

        Assert.Contains(report.Problems, p => p.StartsWith("MerchantPrivateKey", StringComparison.Ordinal) && p.Contains("1024"));
    }

    [Fact]
    public async Task PayAsync_KeyMixUp_RefusesToSendWithConfigurationError()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, Protocol.Results.ResultCodes.Success));
        var options = TestKeys.Options(gateway.Url);
        options.GatewayPublicKey = TestKeys.MerchantPublicPem;
        var client = new AlipayInStoreClient(new HttpClient(), options);

        var ex = await Assert.ThrowsAsync<AlipayConfigurationException>(() => client.PayAsync(TestRequests.Pay()));

        Assert.Contains("your own merchant public key", ex.Message);
        Assert.Empty(gateway.Calls);
    }
}
