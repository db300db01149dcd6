using System.Net;
using System.Text.Json.Nodes;
using AlipayInStore.Client.Reconciliation;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Reconciliation;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

/// <summary>
/// Production profile: a row's <c>Currency</c>, <c>Transaction_amount</c> and <c>Charge_amount</c> are on the settlement
/// side (USD, what the buyer was charged), <c>Trans_currency</c>/<c>Trans_amount</c> the order, <c>Trans_forex_rate</c> the
/// rate it was charged at; the SDK reads the file and reconciles it against the merchant's order-currency records.
/// </summary>
public sealed class SettlementColumnsTests
{
    [Fact]
    public async Task ProductionDay_ForeignCurrencyOrders_SettlementSideInUsdOrderSideAsCharged()
    {
        await using var gateway = await GatewayFixture.StartAsync(new() { ["Profile"] = "production" });
        var m = gateway.Merchant;
        await m.CallAsync(ApiFunctions.Pay, m.PayBody("X-JPY", "10000", m.AliceCode, "JPY"));
        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        var eur = (await m.CallAsync(ApiFunctions.Pay, m.PayBody("X-EUR", "1250", m.AliceCode, "EUR"))).Field("acquirementId")!;
        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        var refund = await m.CallAsync(ApiFunctions.Refund, new JsonObject
        {
            ["partnerId"] = m.PartnerId, ["acquirementId"] = eur, ["merchantRefundId"] = "X-EUR-r1",
            ["refundAmount"] = new JsonObject { ["currency"] = "EUR", ["value"] = "250" }, ["isSync"] = true,
        });
        Assert.Equal("SUCCESS", refund.Field("refundStatus"));
        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        await m.PayAsync("X-USD", "1000");
        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        await m.CallAsync(ApiFunctions.Pay, m.PayBody("X-GBP", "2000", m.AliceCode, "GBP"));
        Assert.Equal("SUCCESS", (await m.CancelAsync("X-GBP")).Code);

        var records = await FileOfTodayAsync(gateway);

        Assert.Equal(
            [
                "PAYMENT X-JPY USD 6700 fee 67 | JPY 10000 @ 0.0067",
                "PAYMENT X-EUR USD 1350 fee 13 | EUR 1250 @ 1.08",
                "REFUND X-EUR-r1 USD 270 fee 2 | EUR 250 @ 1.08",
                "PAYMENT X-USD USD 1000 fee 10 | USD 1000 @ 1",
                "PAYMENT X-GBP USD 2540 fee 25 | GBP 2000 @ 1.27",
                "CANCEL X-GBP USD 2540 fee 25 | GBP 2000 @ 1.27",
            ],
            records.Select(r => $"{r.Type.ToString().ToUpperInvariant()} {r.PartnerTransactionId} {r.Currency} {r.Amount} fee {r.Fee} | {r.TransCurrency} {r.TransAmount} @ {r.ForexRate}"));
        var mine = records.Select(r => new MerchantRecord(r.PartnerTransactionId, r.Type, r.TransCurrency, r.TransAmount)).ToArray();
        var report = await new Reconciler().ReconcileAsync(records.ToAsyncEnumerable(), mine.ToAsyncEnumerable());
        Assert.True(report.IsClean);
        var usd = Assert.Single(report.Totals);
        Assert.Equal(("USD", 6700 + 1350 + 1000 + 2540, 270L, 2540L), (usd.Currency, usd.PaymentAmount, usd.RefundAmount, usd.CancelAmount));
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task ProductionDay_ForeignOrder_ConversionRateObjectInPayQueryAndNotification()
    {
        await using var gateway = await GatewayFixture.StartAsync(new() { ["Profile"] = "production" });
        var m = gateway.Merchant;

        var pay = await m.CallAsync(ApiFunctions.Pay, m.PayBody("X-RATE", "10000", m.AliceCode, "JPY"));
        var query = await m.QueryAsync("X-RATE");
        var id = pay.Field("acquirementId");
        var notification = await gateway.WithDbAsync(db => db.Notifications.Where(n => n.Reference == id).Select(n => n.BodyJson).SingleAsync());

        var expected = "{\"quoteCurrencyPair\":\"JPY/USD\",\"quotePrice\":\"0.0067\"}";
        Assert.Equal(expected, pay.Body.GetProperty("conversionRate").GetRawText());
        Assert.Equal(expected, query.Body.GetProperty("conversionRate").GetRawText());
        Assert.Contains("\"conversionRate\":" + expected, notification, StringComparison.Ordinal);
    }

    private static async Task<List<TransactionRecord>> FileOfTodayAsync(GatewayFixture gateway)
    {
        var partner = gateway.Merchant.PartnerId;
        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 15 * 3600 });
        var (status, _) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/reconciliation/{partner}/2026-11-27");
        Assert.Equal(HttpStatusCode.Created, status);
        var path = Path.Combine(gateway.DataDirectory, "reconciliation", "archive", partner, $"{partner}_transaction_20261127.txt");
        return await ReconciliationFileReader.ReadFileAsync(path).ToListAsync();
    }
}
