using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;
using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Tests;

public sealed class MerchantCommandTests
{
    [Fact]
    public async Task Pay_BuyerFromProfile_SendsTestCodeAndPrintsPaidJson()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.Success));
        using var profile = new TempProfile(gateway.Url);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(profile.Folder, "pay", "--amount", "12.50", "--buyer", "alice", "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("Paid", json.RootElement.GetProperty("outcome").GetString());
        var call = Assert.Single(gateway.Calls);
        Assert.True(call.SignatureVerifies);
        Assert.Equal("280000000000000001", call.BodyString("identityCode"));
        Assert.Equal("1250", call.Body.GetProperty("order").GetProperty("orderAmount").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Pay_FinalFailure_PrintsTableAndExitsOne()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.FraudReject));
        using var profile = new TempProfile(gateway.Url);

        var (exit, stdout, _) = await CliProcess.RunAsync(profile.Folder, "pay", "--amount", "99.06", "--code", "281111111111111111");

        Assert.Equal(1, exit);
        Assert.Contains("outcome", stdout);
        Assert.Contains("FRAUD_REJECT", stdout);
    }

    [Fact]
    public async Task Query_GatewayUnreachable_ExitsThree()
    {
        using var profile = new TempProfile("http://127.0.0.1:1");

        var (exit, _, stderr) = await CliProcess.RunAsync(profile.Folder, "query", "--merchant-trans-id", "T1");

        Assert.Equal(3, exit);
        Assert.Contains("unknown", stderr);
    }

    [Fact]
    public async Task Pay_MissingAmount_ExitsTwo()
    {
        using var profile = new TempProfile("http://127.0.0.1:1");

        var (exit, _, _) = await CliProcess.RunAsync(profile.Folder, "pay", "--buyer", "alice");

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Query_NoProfileAndNoOptions_ExitsTwoWithAdvice()
    {
        var folder = Directory.CreateTempSubdirectory("alipay-cli-").FullName;

        var (exit, _, stderr) = await CliProcess.RunAsync(folder, "query", "--merchant-trans-id", "T1");

        Assert.Equal(2, exit);
        Assert.Contains("alipay-instore sandbox", stderr);
    }

    [Fact]
    public async Task Precreate_Created_DrawsQrAndWritesSvg()
    {
        await using var gateway = await StandInGateway.StartAsync(GatewayReply.PreCreate);
        using var profile = new TempProfile(gateway.Url);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(profile.Folder, "precreate", "--amount", "4.50", "--svg", "qr.svg");

        Assert.True(exit == 0, stderr);
        Assert.Contains("https://qr.sandbox.example/", stdout);
        Assert.Contains("█", stdout);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(profile.Folder, "qr.svg")));
        Assert.Equal(ApiFunctions.PreCreate, Assert.Single(gateway.Calls).Function);
    }

    [Fact]
    public async Task Refund_DefaultsToSynchronousWithGeneratedRefundId()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Signed(c,
            new RefundResponse { ResultInfo = ResultCodes.Success.ToInfo(), RefundStatus = "SUCCESS", MerchantRefundId = c.BodyString("merchantRefundId") },
            Protocol.Json.ProtocolJsonContext.Default.RefundResponse));
        using var profile = new TempProfile(gateway.Url);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(profile.Folder, "refund", "--acquirement-id", "A1", "--amount", "2.50", "--json");

        Assert.True(exit == 0, stderr);
        var call = Assert.Single(gateway.Calls);
        Assert.True(call.Body.GetProperty("isSync").GetBoolean());
        Assert.Equal("250", call.Body.GetProperty("refundAmount").GetProperty("value").GetString());
        Assert.StartsWith("R", call.BodyString("merchantRefundId"));
        Assert.Equal("SUCCESS", JsonDocument.Parse(stdout).RootElement.GetProperty("body").GetProperty("refundStatus").GetString());
    }
}
