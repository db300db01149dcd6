using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests;

public sealed class ProductionProfileTests : IAsyncLifetime
{
    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync(new() { ["Profile"] = "production" });

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Pay_InJpy_BuyerPaysUsdAtTableRateAndEveryCurrencyBalances()
    {
        var body = _gateway.Merchant.PayBody("P-1", "10000", _gateway.Merchant.AliceCode, "JPY");

        var reply = await _gateway.Merchant.CallAsync(ApiFunctions.Pay, body);

        Assert.Equal("SUCCESS", reply.Code);
        Assert.Equal("{\"quoteCurrencyPair\":\"JPY/USD\",\"quotePrice\":\"0.0067\"}", reply.Body.GetProperty("conversionRate").GetRawText());
        Assert.Equal("6700", reply.Amount("payAmount")); // JPY 10000 × 0.0067 = USD 67.00
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Pay_CurrencyOutsideFxTable_CurrencyNotSupport()
    {
        var reply = await _gateway.Merchant.CallAsync(ApiFunctions.Pay, _gateway.Merchant.PayBody("P-2", "100", _gateway.Merchant.AliceCode, "CHF"));
        Assert.Equal(("F", "CURRENCY_NOT_SUPPORT"), (reply.Status, reply.Code));
    }

    [Fact]
    public async Task Refund_Asynchronous_ProcessingThenSuccessWithNotification()
    {
        var id = (await _gateway.Merchant.PayAsync("P-3", "1000")).Field("acquirementId")!;

        var reply = await _gateway.Merchant.RefundAsync(id, "P-3-a", "400", isSync: false);

        Assert.Equal(("S", "PROCESSING"), (reply.Status, reply.Field("refundStatus")));
        Assert.Equal("400", (await _gateway.Merchant.QueryAsync("P-3")).Amount("refundAmount"));
        _gateway.Time.Advance(TimeSpan.FromSeconds(6));
        string? status = null;
        for (var i = 0; i < 100 && status != "SUCCESS"; i++)
        {
            await Task.Delay(50);
            status = (await _gateway.Merchant.RefundAsync(id, "P-3-a", "400", isSync: false)).Field("refundStatus");
        }
        Assert.Equal("SUCCESS", status);
        var notified = await _gateway.WithDbAsync(db => db.Notifications.CountAsync(n => n.Function == ApiFunctions.NotifyRefund && n.Reference == reply.Field("refundId")));
        Assert.Equal(1, notified);
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Pay_Final_WritesOnePayNotificationInTheSameUnit()
    {
        var reply = await _gateway.Merchant.PayAsync("P-4", "1000");
        var rows = await _gateway.WithDbAsync(db => db.Notifications.Where(n => n.Reference == reply.Field("acquirementId")).ToListAsync());
        var row = Assert.Single(rows);
        // Neither the request nor this merchant gives a notify URL: the row is written already final (docs/protocol.md, Target).
        Assert.Equal((ApiFunctions.NotifyPay, NotificationStatus.Failed, Notification.NoNotifyUrl), (row.Function, row.Status, row.LastError));
        Assert.Contains("\"resultStatus\":\"S\"", row.BodyJson, StringComparison.Ordinal);
    }
}

public sealed class ProductionScenarioTests
{
    [Fact]
    public async Task Pay_ScenarioAmountInProduction_IsAnOrdinaryPayment()
    {
        await using var gateway = await GatewayFixture.StartAsync(new() { ["Profile"] = "production" });
        var reply = await gateway.Merchant.PayAsync("PS-1", "9905");
        Assert.Equal("SUCCESS", reply.Code);
    }
}
