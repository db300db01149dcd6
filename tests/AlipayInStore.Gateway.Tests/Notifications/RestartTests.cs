using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Notifications;

public sealed class RestartTests
{
    [Fact]
    public async Task Deliver_GatewayRestartedMidSchedule_ContinuesWithoutLosingOrRepeatingADelivery()
    {
        var first = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(first, n => n <= 2 ? ReceiverAnswer.ServerError : ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(first, receiver.Url);
        var acquirementId = await PayAsync(first, "NR-1");
        await AdvanceAndWaitAsync(first, receiver, Tick, 1);
        await WaitForRecordAsync(first, acquirementId, r => r.Attempts == 1);
        await AdvanceAndWaitAsync(first, receiver, TimeSpan.FromMinutes(2), 2);
        var beforeStop = await WaitForRecordAsync(first, acquirementId, r => r.Attempts == 2);
        await StopKeepingDataAsync(first);

        first.Time.Advance(TimeSpan.FromMinutes(30)); // the third delivery falls due while the gateway is down (no timers run)
        await using var second = await GatewayFixture.StartAsync(dataDirectory: first.DataDirectory, time: first.Time);
        await TickUntilAsync(second, receiver, 3);
        var row = await WaitForRecordAsync(second, acquirementId, r => r.Status == NotificationStatus.Delivered);
        await AdvanceQuietlyAsync(second, TimeSpan.FromDays(1));

        Assert.Equal(3, receiver.Count);
        Assert.Equal((NotificationStatus.Delivered, 3), (row.Status, row.Attempts));
        var attempts = await AttemptsAsync(second, acquirementId);
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Number));
        Assert.True(attempts[2].At >= beforeStop.NextAttemptAt, "not before it was due");
        Assert.Equal(second.Clock.GetUtcNow() - TimeSpan.FromDays(1), attempts[2].At);
        Assert.NotEqual(attempts[1].Dispatcher, attempts[2].Dispatcher);
    }
}
