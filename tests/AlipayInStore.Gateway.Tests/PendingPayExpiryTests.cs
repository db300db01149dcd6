using AlipayInStore.Gateway.Tests.Support;

namespace AlipayInStore.Gateway.Tests;

/// <summary>
/// A pay waiting for the buyer (USER_PAYING) closes after 3 minutes by default, as Alipay's barcode products close an
/// unconfirmed payment (docs.antom.com/ac/globalbarcode/implementing_apis); <c>Gateway:PendingPayExpiry</c> changes it.
/// </summary>
public sealed class PendingPayExpiryTests
{
    [Fact]
    public async Task WaitingPay_DefaultSettings_OpenAt2m59sClosedAfter3Minutes()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var reply = await gateway.Merchant.PayAsync("E-1", "9904");
        Assert.Equal(("U", "USER_PAYING"), (reply.Status, reply.Code));

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 179 });
        Assert.Equal("WAIT_BUYER_PAY", (await gateway.Merchant.QueryAsync("E-1")).Field("acquirementStatus"));

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 2 });
        Assert.Equal("CLOSED", (await gateway.Merchant.QueryAsync("E-1")).Field("acquirementStatus"));
        var repeat = await gateway.Merchant.PayAsync("E-1", "9904");
        Assert.Equal(("F", "ORDER_IS_CLOSED"), (repeat.Status, repeat.Code));
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task WaitingPay_ConfiguredExpiry_ClosesAtThatTimeInstead()
    {
        await using var gateway = await GatewayFixture.StartAsync(new() { ["PendingPayExpiry"] = "00:05:00" });
        await gateway.Merchant.PayAsync("E-2", "9904");

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 240 });
        Assert.Equal("WAIT_BUYER_PAY", (await gateway.Merchant.QueryAsync("E-2")).Field("acquirementStatus"));

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 61 });
        Assert.Equal("CLOSED", (await gateway.Merchant.QueryAsync("E-2")).Field("acquirementStatus"));
    }
}
