using System.Net;
using System.Text.Json;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Notifications;

/// <summary>Steps the notification tests share: set the notify URL, pay, move the fake clock, read the records.</summary>
internal static class NotificationKit
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    public static async Task SetNotifyUrlAsync(GatewayFixture gateway, string? url)
    {
        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Put, "/sandbox/merchant/notify-url", new { url });
        Assert.True(status == HttpStatusCode.OK, json.ToString());
        Assert.Equal(url, json.GetProperty("notifyUrl").GetString());
    }

    /// <summary>A paid transaction; its notification is due at once and goes out on the next tick.</summary>
    public static async Task<string> PayAsync(GatewayFixture gateway, string merchantTransId, string? notifyUrl = null)
    {
        var body = gateway.Merchant.PayBody(merchantTransId, "1000", gateway.Merchant.AliceCode);
        if (notifyUrl is not null)
        {
            body["notifyUrl"] = notifyUrl;
        }
        var reply = await gateway.Merchant.CallAsync(Protocol.Wire.ApiFunctions.Pay, body);
        Assert.Equal("SUCCESS", reply.Code);
        return reply.Field("acquirementId")!;
    }

    /// <summary>
    /// Moves the sandbox clock by whole seconds, ending with one dispatcher tick at the new time: all but the last second
    /// through the control API (the offset: no timer fires), the last second on the fake base clock (the tick).
    /// </summary>
    public static async Task MoveAsync(GatewayFixture gateway, TimeSpan by)
    {
        if (by > Tick)
        {
            var (status, json) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = (long)(by - Tick).TotalSeconds });
            Assert.True(status == HttpStatusCode.OK, json.ToString());
        }
        gateway.Time.Advance(by > Tick ? Tick : by);
    }

    /// <summary>Moves the sandbox clock and waits (real time) for the receiver to have <paramref name="deliveries"/>.</summary>
    public static async Task AdvanceAndWaitAsync(GatewayFixture gateway, NotifyReceiver receiver, TimeSpan by, int deliveries)
    {
        await MoveAsync(gateway, by);
        await receiver.WaitForAsync(deliveries);
    }

    /// <summary>
    /// Ticks the fake base clock a second at a time until the receiver has <paramref name="deliveries"/>: for a gateway just
    /// started, whose dispatcher may set up its timer after the first tick (hosted services start on the thread pool).
    /// </summary>
    public static async Task TickUntilAsync(GatewayFixture gateway, NotifyReceiver receiver, int deliveries)
    {
        for (var i = 0; i < 30 && receiver.Count < deliveries; i++)
        {
            gateway.Time.Advance(Tick);
            var deadline = DateTime.UtcNow.AddSeconds(1);
            while (receiver.Count < deliveries && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
        }
        await receiver.WaitForAsync(deliveries);
    }

    /// <summary>Moves the clock and gives a dispatcher time to (wrongly) act; the caller then checks nothing happened.</summary>
    public static async Task AdvanceQuietlyAsync(GatewayFixture gateway, TimeSpan by)
    {
        await MoveAsync(gateway, by);
        await Task.Delay(500);
    }

    public static Task<Notification> NotificationAsync(GatewayFixture gateway, string reference) =>
        gateway.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Reference == reference));

    public static Task<List<NotificationAttempt>> AttemptsAsync(GatewayFixture gateway, string reference) =>
        gateway.WithDbAsync(async db =>
        {
            var id = await db.Notifications.Where(n => n.Reference == reference).Select(n => n.Id).SingleAsync();
            return await db.NotificationAttempts.AsNoTracking().Where(a => a.NotificationId == id).OrderBy(a => a.Number).ToListAsync();
        });

    /// <summary>Waits (real time) until the notification's record satisfies <paramref name="done"/>: the receiver answers before the gateway records.</summary>
    public static async Task<Notification> WaitForRecordAsync(GatewayFixture gateway, string reference, Func<Notification, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        Notification row;
        while (!done(row = await NotificationAsync(gateway, reference)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        return row;
    }

    public static async Task<JsonElement> ViewAsync(GatewayFixture gateway, string reference)
    {
        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Get, $"/sandbox/notifications?reference={reference}");
        Assert.Equal(HttpStatusCode.OK, status);
        return Assert.Single(json.EnumerateArray().ToList());
    }

    /// <summary>Stops a gateway but keeps its data folder, as a process that is shut down and started again.</summary>
    public static async Task StopKeepingDataAsync(GatewayFixture gateway)
    {
        gateway.Http.Dispose();
        await gateway.App.StopAsync();
        await gateway.App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
