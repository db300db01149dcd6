using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>Asks for one more delivery of a notification now, outside its schedule: the control API's and the portal's re-send.</summary>
internal sealed class NotificationResend(GatewayDbContext db, TimeProvider clock)
{
    public enum Outcome
    {
        Queued,
        NotFound,
        Busy,
    }

    /// <param name="id">The notification.</param>
    /// <param name="merchantId">When given, only that merchant's notification may be re-sent (others are not found).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<Outcome> ResendAsync(long id, long? merchantId, CancellationToken ct)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && (merchantId == null || n.MerchantId == merchantId), ct);
        if (notification is null)
        {
            return Outcome.NotFound;
        }
        var now = clock.GetUtcNow();
        if (notification.IsClaimed(now))
        {
            return Outcome.Busy;
        }
        notification.RequestResend(now);
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Queued;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Busy; // a dispatcher claimed it meanwhile
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
