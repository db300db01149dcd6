using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// Claims due notifications with one conditional UPDATE (provider-neutral: the condition is re-checked on the row
/// by the database, so of two dispatchers racing for a row exactly one wins). A claim expires, so the rows of a
/// crashed instance are taken over; the claim string is unique per claim, so a late answer of an expired claim
/// can never be taken for a live one.
/// </summary>
internal static class NotificationClaims
{
    public static async Task<List<Notification>> ClaimDueAsync(
        GatewayDbContext db, string dispatcher, DateTimeOffset now, TimeSpan hold, int batchSize, CancellationToken ct)
    {
        var candidates = await Due(db, now).OrderBy(n => n.NextAttemptAt).ThenBy(n => n.Id).Select(n => n.Id).Take(batchSize).ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return [];
        }
        var claim = $"{dispatcher}#{Guid.NewGuid():N}";
        var until = now + hold;
        var claimed = await Due(db, now).Where(n => candidates.Contains(n.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, claim).SetProperty(n => n.ClaimedUntil, until), ct);
        return claimed == 0 ? [] : await db.Notifications.AsNoTracking().Where(n => n.ClaimedBy == claim).OrderBy(n => n.Id).ToListAsync(ct);
    }

    private static IQueryable<Notification> Due(GatewayDbContext db, DateTimeOffset now) =>
        db.Notifications.Where(n => n.Status == NotificationStatus.Pending && n.NextAttemptAt <= now
            && (n.ClaimedBy == null || n.ClaimedUntil == null || n.ClaimedUntil < now));
}
