using System.Text.Json.Nodes;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Tests;

public sealed class RefundTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Refund_PartialTwiceThenTooMuch_TotalNeverExceedsPaid()
    {
        var id = (await _gateway.Merchant.PayAsync("R-1", "1000")).Field("acquirementId")!;
        var balance = await _gateway.Control.BalanceAsync("alice");

        var first = await _gateway.Merchant.RefundAsync(id, "R-1-a", "300");
        var second = await _gateway.Merchant.RefundAsync(id, "R-1-b", "600");
        var third = await _gateway.Merchant.RefundAsync(id, "R-1-c", "101");

        Assert.Equal(("SUCCESS", "SUCCESS"), (first.Field("refundStatus"), second.Field("refundStatus")));
        Assert.Equal(("F", "REFUND_AMOUNT_EXCEED"), (third.Status, third.Code));
        Assert.Contains("1.00 USD", third.Message, StringComparison.Ordinal);
        Assert.Equal("900", (await _gateway.Merchant.QueryAsync("R-1")).Amount("refundAmount"));
        Assert.Equal(balance + 900, await _gateway.Control.BalanceAsync("alice"));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Refund_SameMerchantRefundIdAgain_SameRefundNoSecondMovement()
    {
        var id = (await _gateway.Merchant.PayAsync("R-2", "1000")).Field("acquirementId")!;
        var first = await _gateway.Merchant.RefundAsync(id, "R-2-a", "300");
        var before = await StateSnapshot.TakeAsync(_gateway);

        var again = await _gateway.Merchant.RefundAsync(id, "R-2-a", "300");
        var different = await _gateway.Merchant.RefundAsync(id, "R-2-a", "400");

        Assert.Equal(first.Field("refundId"), again.Field("refundId"));
        Assert.Equal("SUCCESS", again.Code);
        Assert.Equal(("F", "REPEAT_REQ_INCONSISTENT"), (different.Status, different.Code));
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Refund_OrderStillWaiting_OrderStatusInvalid()
    {
        var id = (await _gateway.Merchant.PreCreateAsync("R-3", "1000")).Field("acquirementId")!;
        var reply = await _gateway.Merchant.RefundAsync(id, "R-3-a", "100");
        Assert.Equal(("F", "ORDER_STATUS_INVALID"), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task Refund_UnknownTransaction_OrderNotExist()
    {
        var reply = await _gateway.Merchant.RefundAsync("20261127110000000000000000000001", "R-4-a", "100");
        Assert.Equal(("F", "ORDER_NOT_EXIST"), (reply.Status, reply.Code));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task Refund_AsynchronousInSandbox_UnknownAndNothingChanged(bool? isSync)
    {
        var id = (await _gateway.Merchant.PayAsync("R-5-" + isSync, "1000")).Field("acquirementId")!;
        var before = await StateSnapshot.TakeAsync(_gateway);

        var reply = await _gateway.Merchant.RefundAsync(id, "R-5-a-" + isSync, "100", isSync);

        Assert.Equal(("U", "UNKNOWN_EXCEPTION"), (reply.Status, reply.Code));
        Assert.Equal(before, await StateSnapshot.TakeAsync(_gateway));
    }

    [Fact]
    public async Task Refund_IsSyncAsString_Accepted()
    {
        var id = (await _gateway.Merchant.PayAsync("R-6", "1000")).Field("acquirementId")!;
        var body = new JsonObject
        {
            ["partnerId"] = _gateway.Merchant.PartnerId, ["acquirementId"] = id, ["merchantRefundId"] = "R-6-a",
            ["refundAmount"] = new JsonObject { ["currency"] = "USD", ["value"] = "100" }, ["isSync"] = "true",
        };
        Assert.Equal("SUCCESS", (await _gateway.Merchant.CallAsync(ApiFunctions.Refund, body)).Field("refundStatus"));
    }
}

public sealed class RefundWindowTests
{
    [Fact]
    public async Task Refund_MoreThan365DaysAfterPayment_RefundWindowExpired()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var id = (await gateway.Merchant.PayAsync("W-1", "1000")).Field("acquirementId")!;

        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 366 * 86400 });
        var reply = await gateway.Merchant.RefundAsync(id, "W-1-a", "100");

        Assert.Equal(("F", "REFUND_WINDOW_EXPIRED"), (reply.Status, reply.Code));
    }
}

public sealed class RefundFeeTests
{
    [Fact]
    public async Task Refund_ThreeThirdsOfAnOddFee_GiveBackExactlyTheFeeCharged()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var id = (await gateway.Merchant.PayAsync("F-1", "450")).Field("acquirementId")!; // fee 4.5 cents → 4 (half-even)

        foreach (var part in new[] { "a", "b", "c" })
        {
            Assert.Equal("SUCCESS", (await gateway.Merchant.RefundAsync(id, "F-1-" + part, "150")).Code);
        }

        var view = await gateway.Control.TransactionAsync(id);
        Assert.Equal(4, view.GetProperty("feeAmount").GetInt64());
        Assert.Equal(4, view.GetProperty("refunds").EnumerateArray().Sum(r => r.GetProperty("feeAmount").GetInt64()));
        var fees = view.GetProperty("ledger").EnumerateArray().Where(l => l.GetProperty("account").GetString() == "fees").Sum(l => l.GetProperty("amount").GetInt64());
        Assert.Equal(0, fees);
        await gateway.AssertLedgerBalancedAsync();
    }
}
