using AlipayInStore.Cli.Tests.Support;
using AlipayInStore.Testing;

namespace AlipayInStore.Cli.Tests;

public sealed class KeysCommandTests
{
    [Fact]
    public async Task KeysGenerate_ThenCheckWithGatewayKey_Passes()
    {
        var folder = Directory.CreateTempSubdirectory("alipay-keys-").FullName;

        var generate = await CliProcess.RunAsync(folder, "keys", "generate", "--out", "keys");
        var check = await CliProcess.RunAsync(folder, "keys", "check", "--gateway-url", "http://127.0.0.1:8080", "--client-id", "C1", "--partner-id", "P1",
            "--private-key-file", "keys/merchant_private_key.pem", "--gateway-key-file", RepoPaths.Vector("gateway_public_key.pem"));

        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("BEGIN PRIVATE KEY", File.ReadAllText(Path.Combine(folder, "keys", "merchant_private_key.pem")));
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [Fact]
    public async Task KeysCheck_OwnPublicKeyAsGateways_ReportsMixUpAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("alipay-keys-").FullName;

        var check = await CliProcess.RunAsync(folder, "keys", "check", "--gateway-url", "http://127.0.0.1:8080", "--client-id", "C1", "--partner-id", "P1",
            "--private-key-file", RepoPaths.Vector("merchant_private_key.pem"), "--gateway-key-file", RepoPaths.Vector("merchant_public_key.pem"));

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("your own merchant public key", check.Stdout);
    }
}
