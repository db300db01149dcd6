using System.Net;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Notifications;

public sealed class ScheduleTests
{
    /// <summary>The delays after the first delivery (PROTOCOL.md §6).</summary>
    private static readonly TimeSpan[] Retries =
    [
        TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(15),
    ];

    [Fact]
    public async Task Deliver_ReceiverFailsThreeTimes_FourDeliveriesAtScheduledTimes()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, n => n <= 3 ? ReceiverAnswer.ServerError : ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(gateway, receiver.Url);
        var acquirementId = await PayAsync(gateway, "NS-1");

        await AdvanceAndWaitAsync(gateway, receiver, Tick, 1);
        var first = gateway.Clock.GetUtcNow();
        foreach (var (delay, delivered) in Retries.Take(3).Select((d, i) => (d, i + 1)))
        {
            await AdvanceQuietlyAsync(gateway, delay - Tick);
            Assert.Equal(delivered, receiver.Count);
            await AdvanceAndWaitAsync(gateway, receiver, Tick, delivered + 1);
        }
        var row = await WaitForRecordAsync(gateway, acquirementId, r => r.Status == NotificationStatus.Delivered);
        await AdvanceQuietlyAsync(gateway, TimeSpan.FromDays(2));

        Assert.Equal(4, receiver.Count);
        Assert.Equal((NotificationStatus.Delivered, 4), (row.Status, row.Attempts));
        DateTimeOffset[] expected = [first, first.AddMinutes(2), first.AddMinutes(12), first.AddMinutes(22)];
        Assert.Equal(expected, receiver.Deliveries.Select(d => d.ReceivedAt));
        var attempts = await AttemptsAsync(gateway, acquirementId);
        Assert.Equal(expected, attempts.Select(a => a.At));
        Assert.Equal([500, 500, 500, 200], attempts.Select(a => a.HttpStatus));
        Assert.All(attempts.Take(3), a => Assert.StartsWith("HTTP 500", a.Error, StringComparison.Ordinal));
        Assert.True(attempts[3].Acknowledged);
        Assert.Null(attempts[3].Warning);
        Assert.All(receiver.Deliveries, d =>
        {
            Assert.True(d.SignatureValid, "the notification must verify with the gateway's public key");
            Assert.Equal((ApiFunctions.NotifyPay, gateway.Merchant.ClientId, "RSA2", "2.0.2"), (d.Head.Function, d.Head.ClientId, d.Head.SignType, d.Head.Version));
            Assert.Equal(acquirementId, d.Field("acquirementId"));
            Assert.Equal("S", d.Body.GetProperty("resultInfo").GetProperty("resultStatus").GetString());
        });
        Assert.Equal(4, receiver.Deliveries.Select(d => d.Head.ReqMsgId).Distinct().Count());
    }

    [Fact]
    public async Task Deliver_ReceiverNeverAcknowledges_EightDeliveriesInAbout25HoursThenFailedAndResendable()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, n => n <= 8 ? ReceiverAnswer.ServerError : ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(gateway, receiver.Url);
        var acquirementId = await PayAsync(gateway, "NS-2");

        await AdvanceAndWaitAsync(gateway, receiver, Tick, 1);
        var first = gateway.Clock.GetUtcNow();
        foreach (var (delay, delivered) in Retries.Select((d, i) => (d, i + 1)))
        {
            await WaitForRecordAsync(gateway, acquirementId, r => r.Attempts == delivered);
            await AdvanceAndWaitAsync(gateway, receiver, delay, delivered + 1);
        }
        var row = await WaitForRecordAsync(gateway, acquirementId, r => r.Status == NotificationStatus.Failed);
        await AdvanceQuietlyAsync(gateway, TimeSpan.FromDays(1));

        Assert.Equal(8, receiver.Count);
        Assert.Equal((NotificationStatus.Failed, 8, null), (row.Status, row.Attempts, row.NextAttemptAt));
        var times = receiver.Deliveries.Select(d => d.ReceivedAt - first).ToList();
        Assert.Equal(TimeSpan.FromMinutes(1462), times[^1]); // 24 h 22 min: "about 25 hours"
        Assert.Equal(Retries.Select((_, i) => Retries.Take(i + 1).Aggregate(TimeSpan.Zero, (a, b) => a + b)).Prepend(TimeSpan.Zero), times);
        var view = await ViewAsync(gateway, acquirementId);
        Assert.Equal("Failed", view.GetProperty("status").GetString());
        Assert.Equal(8, view.GetProperty("deliveries").GetArrayLength());

        var (status, resent) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/notifications/{row.Id}/resend");
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("Pending", resent.GetProperty("status").GetString());
        await AdvanceAndWaitAsync(gateway, receiver, Tick, 9);
        row = await WaitForRecordAsync(gateway, acquirementId, r => r.Status == NotificationStatus.Delivered);

        Assert.Equal((NotificationStatus.Delivered, 9), (row.Status, row.Attempts));
        var last = (await AttemptsAsync(gateway, acquirementId))[^1];
        Assert.True(last.Manual && last.Acknowledged);
    }
}
