using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Refunds;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Tests;

/// <summary>Each feature's options read the <c>Gateway:</c> keys a user writes, the same keys as before they left <see cref="GatewayOptions"/>.</summary>
public sealed class FeatureOptionsTests
{
    [Fact]
    public async Task EveryFeature_BindsItsOwnOptions_FromTheGatewayKeys()
    {
        await using var gateway = await GatewayFixture.StartAsync(new()
        {
            ["Profile"] = "production",
            ["BusinessDayOffset"] = "09:00:00",
            ["CancelGrace"] = "00:20:00",
            ["PendingPayExpiry"] = "00:04:00",
            ["PreCreateDefaultExpiry"] = "00:10:00",
            ["PreCreateMaxExpiry"] = "01:00:00",
            ["SlowPayDelay"] = "00:00:02",
            ["AsyncRefundDelay"] = "00:00:07",
            ["RefundWindowDays"] = "30",
            ["WalletCurrency"] = "EUR",
            ["FxRates:USD"] = "0.93",
            ["MaxBodyBytes"] = "4096",
            ["ReqTimeWindow"] = "00:05:00",
            ["Notifications:Timeout"] = "00:00:03",
            ["Notifications:BatchSize"] = "8",
            ["SftpPort"] = "2299",
        }, background: false);

        T Options<T>() where T : class => gateway.App.Services.GetRequiredService<IOptions<T>>().Value;
        var core = Options<GatewayOptions>();
        var payments = Options<PaymentOptions>();
        var refunds = Options<RefundOptions>();
        var fx = Options<FxOptions>();
        var api = Options<ApiOptions>();
        var notifications = Options<NotificationOptions>();

        Assert.Equal(("production", TimeSpan.FromHours(9)), (core.Profile, core.BusinessDayOffset));
        Assert.Equal(
            (TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1), TimeSpan.FromSeconds(2)),
            (payments.CancelGrace, payments.PendingPayExpiry, payments.PreCreateDefaultExpiry, payments.PreCreateMaxExpiry, payments.SlowPayDelay));
        Assert.Equal((TimeSpan.FromSeconds(7), 30), (refunds.AsyncRefundDelay, refunds.RefundWindowDays));
        Assert.Equal(("EUR", 0.93m, 1.08m), (fx.WalletCurrency, fx.FxRates["USD"], fx.FxRates["EUR"]));
        Assert.Equal((4096, TimeSpan.FromMinutes(5)), (api.MaxBodyBytes, api.ReqTimeWindow));
        Assert.Equal((TimeSpan.FromSeconds(3), 8), (notifications.Timeout, notifications.BatchSize));
        Assert.Equal(2299, Options<ReconciliationOptions>().SftpPort);
        Assert.Equal(TimeSpan.FromHours(9), gateway.App.Services.GetRequiredService<BusinessDay>().Offset);
    }

    [Fact]
    public async Task AnInvalidNotificationSchedule_StopsTheStart_NamingTheSection()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            GatewayFixture.StartAsync(new() { ["Notifications:BatchSize"] = "0" }, background: false));

        Assert.Contains("Gateway:Notifications", ex.Message);
    }
}
