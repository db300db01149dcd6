using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Loads the notification deliveries runs are graded on.</summary>
internal static class RunDeliveries
{
    /// <summary>The gateway's deliveries of the merchant's notifications created since <paramref name="since"/>, and those it could not send.</summary>
    public static async Task<IReadOnlyList<DeliveryFact>> GatewayAsync(GatewayDbContext db, long merchantId, DateTimeOffset since, CancellationToken ct)
    {
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.MerchantId == merchantId && n.CreatedAt >= since).ToDictionaryAsync(n => n.Id, ct);
        var ids = notifications.Keys.ToList();
        var attempts = await db.NotificationAttempts.AsNoTracking().Where(a => ids.Contains(a.NotificationId))
            .OrderBy(a => a.NotificationId).ThenBy(a => a.Number).ToListAsync(ct);
        var unsent = notifications.Values.Where(n => n.Attempts == 0 && n.LastError == Notification.NoNotifyUrl).Select(DeliveryFact.Unsent);
        return [.. attempts.Select(a => DeliveryFact.From(a, notifications[a.NotificationId])), .. unsent];
    }

    /// <summary>The kit's deliveries of the runs, per run id.</summary>
    public static async Task<ILookup<long, KitDelivery>> KitAsync(GatewayDbContext db, IReadOnlyList<long> runIds, CancellationToken ct) =>
        (await db.KitDeliveries.AsNoTracking().Where(d => runIds.Contains(d.RunId)).OrderBy(d => d.Id).ToListAsync(ct)).ToLookup(d => d.RunId);

    /// <summary>One run's kit deliveries per case, the latest batch only (a case is graded on the kit's latest try).</summary>
    public static ILookup<string, DeliveryFact> LatestBatches(IEnumerable<KitDelivery> deliveries) =>
        deliveries.GroupBy(d => d.CaseId)
            .SelectMany(g => g.Where(d => d.Batch == g.Max(x => x.Batch)))
            .ToLookup(d => d.CaseId, DeliveryFact.From);
}
