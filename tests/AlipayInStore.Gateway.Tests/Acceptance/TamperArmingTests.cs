using System.Net;
using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests.Acceptance;

/// <summary>
/// The tampered-answer case armed through one gateway instance is honoured by another over the same database, and
/// exactly one pay answer is tampered with, whichever instance gives it.
/// </summary>
public sealed class TamperArmingTests
{
    [Fact]
    public async Task Tamper_ArmedOnOneInstance_NextPayOnOtherInstanceTamperedOnce()
    {
        await using var one = await GatewayFixture.StartAsync(background: false);
        await using var two = await GatewayFixture.StartAsync(dataDirectory: one.DataDirectory, time: one.Time, background: false);
        Assert.Equal("S", (await two.Merchant.PayAsync("TA-0", "1100")).Status); // instance two has looked: nothing armed yet
        await MoveToTamperedCaseAsync(one);
        await Task.Delay(1100); // instance two's view of the armed merchants is at most a second old

        var first = await two.Merchant.PayAsync("TA-1", "1100");
        var second = await one.Merchant.PayAsync("TA-2", "1100");
        var third = await two.Merchant.PayAsync("TA-3", "1100");

        Assert.Equal((false, true, true), (first.SignatureValid, second.SignatureValid, third.SignatureValid));
        Assert.Contains("(tampered by the acceptance kit)", first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tampered", second.Message + third.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tamper_RunMovedPastTheCase_NoAnswerTampered()
    {
        await using var gateway = await GatewayFixture.StartAsync(background: false);
        var run = await MoveToTamperedCaseAsync(gateway);
        await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/next");

        var pay = await gateway.Merchant.PayAsync("TA-4", "1100");

        Assert.True(pay.SignatureValid);
    }

    private static async Task<string> MoveToTamperedCaseAsync(GatewayFixture gateway)
    {
        var (status, report) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/acceptance/runs", new { });
        Assert.Equal(HttpStatusCode.Created, status);
        var run = report.GetProperty("runId").GetString()!;
        while (report.GetProperty("current").GetProperty("id").GetString() != "tampered-response")
        {
            (_, report) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/next");
        }
        return run;
    }
}
