using System.Text.Json;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Notifications;

public sealed class DispatcherConcurrencyTests
{
    private const int Count = 40;

    [Fact]
    public async Task Deliver_TwoDispatchersOnOneDatabase_EachNotificationOnceAndNeverConcurrently()
    {
        static Dictionary<string, string?> Small() => new() { ["Notifications:BatchSize"] = "4", ["Notifications:MaxConcurrency"] = "4" };
        await using var one = await GatewayFixture.StartAsync(Small());
        await using var two = await GatewayFixture.StartAsync(Small(), dataDirectory: one.DataDirectory, time: one.Time);
        await using var receiver = await NotifyReceiver.StartAsync(one, _ => ReceiverAnswer.Acknowledge, hold: TimeSpan.FromMilliseconds(50));
        await one.WithDbAsync(async db =>
        {
            for (var i = 0; i < Count; i++)
            {
                var body = new PayNotification { ResultInfo = ResultCodes.Success.ToInfo(), PartnerId = one.Merchant.PartnerId, AcquirementId = $"C-{i}", MerchantTransId = $"M-{i}" };
                db.Notifications.Add(new Notification(one.Seed.Merchant.Id, ApiFunctions.NotifyPay,
                    JsonSerializer.Serialize(body, ProtocolJsonContext.Default.PayNotification), receiver.Url, $"C-{i}", one.Clock.GetUtcNow()));
            }
            return await db.SaveChangesAsync();
        });

        await AdvanceAndWaitAsync(one, receiver, Tick, Count);
        var attempts = await one.WithDbAsync(async db =>
        {
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (await db.Notifications.CountAsync(n => n.Status != NotificationStatus.Delivered) > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            return await db.NotificationAttempts.AsNoTracking().ToListAsync();
        });
        await AdvanceQuietlyAsync(one, TimeSpan.FromHours(1));

        Assert.Equal(Count, receiver.Count);
        Assert.Equal(Count, receiver.Deliveries.Select(d => d.Field("acquirementId")).Distinct().Count());
        Assert.Equal(1, receiver.MaxInFlightPerNotification);
        Assert.Equal(Count, attempts.Count);
        Assert.All(attempts, a => Assert.True(a.Acknowledged));
        // Which dispatcher wins each claim is up to timing (on PostgreSQL one may win them all); what must hold is above.
        Assert.InRange(attempts.Select(a => a.Dispatcher).Distinct().Count(), 1, 2);
    }
}
