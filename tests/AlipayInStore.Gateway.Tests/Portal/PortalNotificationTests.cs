using System.Net;
using AlipayInStore.Gateway.Tests.Support;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>My Alipay → Notifications: the delivery log with each attempt, and Re-send for the merchant's own notifications.</summary>
public sealed class PortalNotificationTests : IAsyncLifetime
{
    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task DeliveryLog_RefusedConnectionThenResend_ListsBothAttempts()
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}/notify";
        await SetNotifyUrlAsync(_gateway, closed);
        var acquirementId = await PayAsync(_gateway, "PN-1");
        _gateway.Time.Advance(Tick);
        var row = await WaitForRecordAsync(_gateway, acquirementId, r => r.Attempts == 1);
        using var owner = await PortalSession.SignInSeededAsync(_gateway);

        var log = PortalSession.Section(await owner.Client.GetStringAsync("/portal/notifications"), "delivery-log");
        Assert.Contains($"data-testid=\"attempt-{row.Id}-1\"", log, StringComparison.Ordinal);
        Assert.Contains(closed, log, StringComparison.Ordinal);
        Assert.Contains("failed: connection error: ConnectionRefused", log, StringComparison.Ordinal);

        using var resent = await owner.PostFormAsync("/portal/notifications", new() { ["id"] = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Resend");
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains($"Notification {row.Id} will be sent again", await resent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        _gateway.Time.Advance(Tick);
        await WaitForRecordAsync(_gateway, acquirementId, r => r.Attempts == 2);

        log = PortalSession.Section(await owner.Client.GetStringAsync("/portal/notifications"), "delivery-log");
        Assert.Contains($"data-testid=\"attempt-{row.Id}-2\"", log, StringComparison.Ordinal);
        Assert.Contains("manual re-send", log, StringComparison.Ordinal);
        var attempts = await AttemptsAsync(_gateway, acquirementId);
        Assert.Equal([false, true], attempts.Select(a => a.Manual));
    }

    [Fact]
    public async Task Resend_OtherMerchantsNotification_NotFoundAndNothingQueued()
    {
        var acquirementId = await PayAsync(_gateway, "PN-2");
        _gateway.Time.Advance(Tick);
        var before = await WaitForRecordAsync(_gateway, acquirementId, r => r.LastError is not null);
        using var other = await PortalSession.SignInOtherMerchantAsync(_gateway);

        using var response = await other.PostFormAsync("/portal/notifications", new() { ["id"] = before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Resend");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var after = await NotificationAsync(_gateway, acquirementId);
        Assert.False(after.ResendRequested);
        Assert.Equal((before.Status, before.NextAttemptAt), (after.Status, after.NextAttemptAt));
        using var owner = await PortalSession.SignInSeededAsync(_gateway);
        using var own = await owner.PostFormAsync("/portal/notifications", new() { ["id"] = before.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "Resend");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True((await NotificationAsync(_gateway, acquirementId)).ResendRequested);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
