using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Loads the notification deliveries a run is graded on.</summary>
internal static class RunDeliveries
{
    /// <summary>The gateway's deliveries of the merchant's notifications created since the run started, and those it could not send.</summary>
    public static async Task<IReadOnlyList<DeliveryFact>> GatewayAsync(GatewayDbContext db, AcceptanceRun run, CancellationToken ct)
    {
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.MerchantId == run.MerchantId && n.CreatedAt >= run.StartedAt).ToDictionaryAsync(n => n.Id, ct);
        var ids = notifications.Keys.ToList();
        var attempts = await db.NotificationAttempts.AsNoTracking().Where(a => ids.Contains(a.NotificationId))
            .OrderBy(a => a.NotificationId).ThenBy(a => a.Number).ToListAsync(ct);
        var unsent = notifications.Values.Where(n => n.Attempts == 0 && n.LastError == Notification.NoNotifyUrl).Select(DeliveryFact.Unsent);
        return [.. attempts.Select(a => DeliveryFact.From(a, notifications[a.NotificationId])), .. unsent];
    }

    /// <summary>The kit's deliveries of the run, per case, latest batch only.</summary>
    public static async Task<ILookup<string, DeliveryFact>> KitAsync(GatewayDbContext db, AcceptanceRun run, CancellationToken ct)
    {
        var rows = await db.KitDeliveries.AsNoTracking().Where(d => d.RunId == run.Id).OrderBy(d => d.Id).ToListAsync(ct);
        return rows.GroupBy(d => d.CaseId)
            .SelectMany(g => g.Where(d => d.Batch == g.Max(x => x.Batch)))
            .ToLookup(d => d.CaseId, DeliveryFact.From);
    }
}
