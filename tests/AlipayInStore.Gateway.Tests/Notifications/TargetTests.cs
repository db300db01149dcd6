using System.Net;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Notifications;

public sealed class TargetTests
{
    [Fact]
    public async Task Deliver_NoNotifyUrl_FailedWithReasonThenResentOnceUrlIsSet()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        var acquirementId = await PayAsync(gateway, "NT-1");

        gateway.Time.Advance(Tick);
        var row = await WaitForRecordAsync(gateway, acquirementId, r => r.Status != NotificationStatus.Pending);

        Assert.Equal((NotificationStatus.Failed, "no notify URL", 0), (row.Status, row.LastError, row.Attempts));
        Assert.Empty(await AttemptsAsync(gateway, acquirementId));

        await SetNotifyUrlAsync(gateway, receiver.Url);
        var (status, _) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/notifications/{row.Id}/resend");
        Assert.Equal(HttpStatusCode.Accepted, status);
        await AdvanceAndWaitAsync(gateway, receiver, Tick, 1);
        row = await WaitForRecordAsync(gateway, acquirementId, r => r.Status == NotificationStatus.Delivered);

        Assert.Equal((NotificationStatus.Delivered, 1), (row.Status, row.Attempts));
        Assert.Equal(acquirementId, Assert.Single(receiver.Deliveries).Field("acquirementId"));
    }

    [Fact]
    public async Task Pay_NoNotifyUrlAnywhere_RowWrittenFinalBeforeAnyDispatch()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var acquirementId = await PayAsync(gateway, "NT-4");
        var row = await NotificationAsync(gateway, acquirementId);

        // No tick has passed, so no dispatcher ran: the pay itself wrote the row as a delivery would have left it.
        Assert.Equal((NotificationStatus.Failed, Notification.NoNotifyUrl, 0, null, null), (row.Status, row.LastError, row.Attempts, row.ClaimedBy, row.NextAttemptAt));
    }

    [Fact]
    public async Task Deliver_MerchantUrlRemovedAfterPay_FailedWithReasonNothingSent()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(gateway, receiver.Url);
        var acquirementId = await PayAsync(gateway, "NT-5");
        Assert.Equal(NotificationStatus.Pending, (await NotificationAsync(gateway, acquirementId)).Status);

        await SetNotifyUrlAsync(gateway, null);
        gateway.Time.Advance(Tick);
        var row = await WaitForRecordAsync(gateway, acquirementId, r => r.Status != NotificationStatus.Pending);

        Assert.Equal((NotificationStatus.Failed, Notification.NoNotifyUrl, 0), (row.Status, row.LastError, row.Attempts));
        Assert.Empty(await AttemptsAsync(gateway, acquirementId));
        Assert.Empty(receiver.Deliveries);
    }

    [Fact]
    public async Task Deliver_RequestNotifyUrl_WinsOverMerchantUrl()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var merchantSite = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        await using var requestSite = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(gateway, merchantSite.Url);
        var fromRequest = await PayAsync(gateway, "NT-2", notifyUrl: requestSite.Url);
        var fromMerchant = await PayAsync(gateway, "NT-3");

        gateway.Time.Advance(Tick);
        await requestSite.WaitForAsync(1);
        await merchantSite.WaitForAsync(1);
        await AdvanceQuietlyAsync(gateway, TimeSpan.FromHours(1));

        Assert.Equal(fromRequest, Assert.Single(requestSite.Deliveries).Field("acquirementId"));
        Assert.Equal(fromMerchant, Assert.Single(merchantSite.Deliveries).Field("acquirementId"));
        Assert.Equal(requestSite.Url, Assert.Single(await AttemptsAsync(gateway, fromRequest)).TargetUrl);
    }

    [Fact]
    public async Task SetNotifyUrl_NotAnHttpUrl_400AndUnchanged()
    {
        await using var gateway = await GatewayFixture.StartAsync(background: false);
        await SetNotifyUrlAsync(gateway, "http://127.0.0.1:5000/alipay/notify");

        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Put, "/sandbox/merchant/notify-url", new { url = "ftp://example.com/x" });
        var (_, current) = await gateway.Control.SendAsync(HttpMethod.Get, "/sandbox/merchant/notify-url");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("absolute http or https URL", json.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://127.0.0.1:5000/alipay/notify", current.GetProperty("notifyUrl").GetString());
    }

    [Fact]
    public async Task Resend_UnknownNotification_404()
    {
        await using var gateway = await GatewayFixture.StartAsync(background: false);

        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/notifications/999999/resend");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("No notification 999999", json.GetProperty("error").GetString());
    }
}
