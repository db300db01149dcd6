using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// Records a batch of deliveries in one transaction (one durable commit for the batch, not one per delivery); each row
/// is updated only while its claim still holds (ClaimedBy is the concurrency token). When a claim was lost the batch
/// is recorded row by row, and a row taken over by another dispatcher keeps only the record of what was sent.
/// </summary>
internal static class NotificationRecorder
{
    public static async Task RecordAsync(IDbContextFactory<GatewayDbContext> factory, IReadOnlyCollection<DeliveryOutcome> outcomes, IReadOnlyList<TimeSpan> schedule, ILogger logger)
    {
        foreach (var outcome in outcomes)
        {
            Apply(outcome, schedule, logger);
        }
        await using (var db = await factory.CreateDbContextAsync())
        {
            foreach (var outcome in outcomes)
            {
                Track(db, outcome);
            }
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Some claim expired and was taken over; record one by one below.
            }
        }
        foreach (var outcome in outcomes)
        {
            await RecordOneAsync(factory, outcome, logger);
        }
    }

    private static async Task RecordOneAsync(IDbContextFactory<GatewayDbContext> factory, DeliveryOutcome outcome, ILogger logger)
    {
        await using var db = await factory.CreateDbContextAsync();
        Track(db, outcome);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.NotificationClaimLost(logger, outcome.Notification.Id);
            db.ChangeTracker.Clear();
            if (outcome.Attempt is not null)
            {
                db.NotificationAttempts.Add(outcome.Attempt);
                await db.SaveChangesAsync();
            }
        }
    }

    /// <summary>The row is written whole, on condition that ClaimedBy still holds the claim it was sent under.</summary>
    private static void Track(GatewayDbContext db, DeliveryOutcome outcome)
    {
        var entry = db.Notifications.Attach(outcome.Notification);
        entry.State = EntityState.Modified;
        entry.Property(n => n.ClaimedBy).OriginalValue = outcome.Claim;
        if (outcome.Attempt is not null)
        {
            db.NotificationAttempts.Add(outcome.Attempt);
        }
    }

    private static void Apply(DeliveryOutcome outcome, IReadOnlyList<TimeSpan> schedule, ILogger logger)
    {
        var notification = outcome.Notification;
        if (outcome.Attempt is not { } attempt)
        {
            notification.MarkNoTarget();
            Log.NotificationNoTarget(logger, notification.Id);
            return;
        }
        notification.RecordAttempt(attempt, schedule);
        if (attempt.Acknowledged)
        {
            Log.NotificationDelivered(logger, notification.Id, attempt.Number, attempt.Warning);
        }
        else if (notification.Status == NotificationStatus.Failed)
        {
            Log.NotificationGaveUp(logger, notification.Id, notification.Attempts, attempt.Error);
        }
        else
        {
            Log.NotificationAttemptFailed(logger, notification.Id, attempt.Number, attempt.Error);
        }
    }
}
