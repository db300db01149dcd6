using System.Net;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace AlipayInStore.Gateway.Tests;

public sealed class CancelTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Cancel_UnknownMerchantTransId_SucceedsAndBlocksLaterPay()
    {
        var cancel = await _gateway.Merchant.CancelAsync("C-1");
        Assert.Equal("SUCCESS", cancel.Code);

        var pay = await _gateway.Merchant.PayAsync("C-1", "100");

        Assert.Equal(("F", "ORDER_IS_CLOSED"), (pay.Status, pay.Code));
        Assert.Equal("CANCELLED", (await _gateway.Merchant.QueryAsync("C-1")).Field("acquirementStatus"));
    }

    [Fact]
    public async Task Cancel_Paid_RefundsBuyerInFullAndRepeatSucceeds()
    {
        var balance = await _gateway.Control.BalanceAsync("alice");
        await _gateway.Merchant.PayAsync("C-2", "1500");

        var cancel = await _gateway.Merchant.CancelAsync("C-2");
        var again = await _gateway.Merchant.CancelAsync("C-2");

        Assert.Equal(("S", "S"), (cancel.Status, again.Status));
        Assert.Equal("CANCELLED", (await _gateway.Merchant.QueryAsync("C-2")).Field("acquirementStatus"));
        Assert.Equal(balance, await _gateway.Control.BalanceAsync("alice"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Cancel_WaitingForBuyer_ClosesItAndBuyerCanNoLongerConfirm()
    {
        var pay = await _gateway.Merchant.PayAsync("C-3", "9903");

        Assert.Equal("SUCCESS", (await _gateway.Merchant.CancelAsync(acquirementId: pay.Field("acquirementId"))).Code);

        Assert.Equal("CANCELLED", (await _gateway.Merchant.QueryAsync("C-3")).Field("acquirementStatus"));
        var (status, _) = await _gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{pay.Field("acquirementId")}/confirm");
        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task Cancel_TransactionWithRefund_OrderStatusInvalid()
    {
        var pay = await _gateway.Merchant.PayAsync("C-4", "1000");
        await _gateway.Merchant.RefundAsync(pay.Field("acquirementId")!, "C-4-R", "100");
        var before = await StateSnapshot.TakeAsync(_gateway);

        var cancel = await _gateway.Merchant.CancelAsync("C-4");

        Assert.Equal(("F", "ORDER_STATUS_INVALID"), (cancel.Status, cancel.Code));
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Cancel_UnknownAcquirementId_OrderNotExist()
    {
        var cancel = await _gateway.Merchant.CancelAsync(acquirementId: "20261127110000000000000000000000");
        Assert.Equal(("F", "ORDER_NOT_EXIST"), (cancel.Status, cancel.Code));
    }
}

public sealed class CancelMidnightTests
{
    // 23:55 in GMT+8 on 2026-11-27.
    private static readonly DateTimeOffset BeforeMidnight = new(2026, 11, 27, 15, 55, 0, TimeSpan.Zero);

    [Fact]
    public async Task Cancel_PaidBeforeMidnight_RefusedAfterMidnight()
    {
        await using var gateway = await GatewayFixture.StartAsync(time: new FakeTimeProvider(BeforeMidnight));
        await gateway.Merchant.PayAsync("M-1", "100");

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 6 * 60 });
        var cancel = await gateway.Merchant.CancelAsync("M-1");

        Assert.Equal(("F", "CANCEL_WINDOW_EXPIRED"), (cancel.Status, cancel.Code));
        Assert.Equal("SUCCESS", (await gateway.Merchant.QueryAsync("M-1")).Field("acquirementStatus"));
    }

    [Theory]
    [InlineData(14, "SUCCESS")]
    [InlineData(16, "CANCEL_WINDOW_EXPIRED")]
    public async Task Cancel_UnpaidOrderFromBeforeMidnight_AllowedOnlyInTheGrace(int minutesAfterMidnight, string expected)
    {
        await using var gateway = await GatewayFixture.StartAsync(time: new FakeTimeProvider(BeforeMidnight));
        await gateway.Merchant.PreCreateAsync("M-2", "100");

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = (5 + minutesAfterMidnight) * 60 });
        var cancel = await gateway.Merchant.CancelAsync("M-2");

        Assert.Equal(expected, cancel.Code);
    }

    [Fact]
    public async Task Cancel_PaidSameBusinessDayAcrossUtcMidnight_Allowed()
    {
        // 07:50 GMT+8 is 23:50 UTC the day before; 08:10 GMT+8 is past UTC midnight but the same business day.
        await using var gateway = await GatewayFixture.StartAsync(time: new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 23, 50, 0, TimeSpan.Zero)));
        await gateway.Merchant.PayAsync("M-3", "100");

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 20 * 60 });

        Assert.Equal("SUCCESS", (await gateway.Merchant.CancelAsync("M-3")).Code);
        await gateway.AssertLedgerBalancedAsync();
    }
}
