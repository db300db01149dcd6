using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Notifications;

public sealed class FailureTests
{
    [Fact]
    public async Task Deliver_SlowReceiver_TimeoutCountsAsFailure()
    {
        var (row, attempt) = await FirstDeliveryAsync(ReceiverAnswer.Slow, new() { ["Notifications:Timeout"] = "00:00:01" });

        AssertRetryScheduled(row, attempt);
        Assert.StartsWith("timeout: no acknowledgement within 1 s", attempt.Error, StringComparison.Ordinal);
        Assert.Null(attempt.HttpStatus);
        Assert.InRange(attempt.DurationMs, 900, 2900);
    }

    [Fact]
    public async Task Deliver_RefusedConnection_CountsAsFailure()
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}/notify";

        var (row, attempt) = await FirstDeliveryAsync(ReceiverAnswer.Acknowledge, url: closed);

        AssertRetryScheduled(row, attempt);
        Assert.Contains("connection error: ConnectionRefused", attempt.Error, StringComparison.Ordinal);
        Assert.Null(attempt.HttpStatus);
        Assert.Equal(closed, attempt.TargetUrl);
    }

    [Fact]
    public async Task Deliver_WrongAcknowledgement_CountsAsFailure()
    {
        var (row, attempt) = await FirstDeliveryAsync(ReceiverAnswer.WrongAcknowledgement);

        AssertRetryScheduled(row, attempt);
        Assert.Equal(200, attempt.HttpStatus);
        Assert.Equal("response.body.resultInfo is U/SYSTEM_ERROR/00000900, not S/SUCCESS/00000000", attempt.Error);
    }

    [Fact]
    public async Task Deliver_BadlySignedAcknowledgement_CountsAsFailure()
    {
        var (row, attempt) = await FirstDeliveryAsync(ReceiverAnswer.BadSignature);

        AssertRetryScheduled(row, attempt);
        Assert.Equal(200, attempt.HttpStatus);
        Assert.Equal("the acknowledgement's RSA2 signature does not verify with the merchant's key", attempt.Error);
    }

    [Fact]
    public async Task Deliver_UnsignedAcknowledgementInSandbox_DeliveredWithWarning()
    {
        var (row, attempt) = await FirstDeliveryAsync(ReceiverAnswer.Unsigned);

        Assert.Equal(NotificationStatus.Delivered, row.Status);
        Assert.True(attempt.Acknowledged);
        Assert.Equal("the acknowledgement is not signed; production requires the merchant's signature", attempt.Warning);
        Assert.Equal(attempt.Warning, row.LastError);
    }

    [Fact]
    public async Task Deliver_UnsignedAcknowledgementInProduction_CountsAsFailure()
    {
        var (row, attempt) = await FirstDeliveryAsync(ReceiverAnswer.Unsigned, new() { ["Profile"] = "production" });

        AssertRetryScheduled(row, attempt);
        Assert.Equal("the acknowledgement is not signed with the merchant's key", attempt.Error);
    }

    private static void AssertRetryScheduled(Notification row, NotificationAttempt attempt)
    {
        Assert.False(attempt.Acknowledged);
        Assert.Equal((NotificationStatus.Pending, 1, attempt.Error), (row.Status, row.Attempts, row.LastError));
        Assert.Equal(attempt.At + TimeSpan.FromMinutes(2), row.NextAttemptAt);
    }

    private static async Task<(Notification Row, NotificationAttempt Attempt)> FirstDeliveryAsync(
        ReceiverAnswer answer, Dictionary<string, string?>? settings = null, string? url = null)
    {
        await using var gateway = await GatewayFixture.StartAsync(settings);
        await using var receiver = await NotifyReceiver.StartAsync(gateway, _ => answer);
        await SetNotifyUrlAsync(gateway, url ?? receiver.Url);
        var acquirementId = await PayAsync(gateway, "NF-1");

        gateway.Time.Advance(Tick);
        var row = await WaitForRecordAsync(gateway, acquirementId, r => r.Attempts == 1);

        if (url is null)
        {
            await receiver.WaitForAsync(1);
        }
        return (row, Assert.Single(await AttemptsAsync(gateway, acquirementId)));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
