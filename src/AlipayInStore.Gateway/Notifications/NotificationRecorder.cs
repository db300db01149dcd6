using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// Records a batch of deliveries as one unit of work (one durable commit for the batch, not one per delivery; on SQLite in
/// the group commit's batches): each row's delivery state is written only while its claim still holds (ClaimedBy as it
/// was sent under), and a row taken over by another dispatcher meanwhile keeps only the record of what was sent.
/// </summary>
internal static class NotificationRecorder
{
    // What a delivery changes on its row (Notification.RecordAttempt, MarkNoTarget); the body and the row's origin stay as written.
    private static readonly string[] DeliveryState =
    [
        nameof(Notification.Status), nameof(Notification.Attempts), nameof(Notification.ScheduledAttempts), nameof(Notification.ResendRequested),
        nameof(Notification.NextAttemptAt), nameof(Notification.LastAttemptAt), nameof(Notification.DeliveredAt), nameof(Notification.LastError),
        nameof(Notification.ClaimedBy), nameof(Notification.ClaimedUntil),
    ];

    public static async Task RecordAsync(IDbContextFactory<GatewayDbContext> factory, IReadOnlyCollection<DeliveryOutcome> outcomes, IReadOnlyList<TimeSpan> schedule, ILogger logger)
    {
        foreach (var outcome in outcomes)
        {
            Apply(outcome, schedule, logger);
        }
        await using var db = await factory.CreateDbContextAsync();
        var lost = await UnitOfWork.RunAsync(db, async ct =>
        {
            var claimsLost = new List<long>();
            foreach (var outcome in outcomes)
            {
                if (!await Rows.UpdateAsync(db, outcome.Notification, DeliveryState, nameof(Notification.ClaimedBy), outcome.Claim, ct))
                {
                    claimsLost.Add(outcome.Notification.Id);
                }
                if (outcome.Attempt is not null)
                {
                    await Rows.InsertAsync(db, outcome.Attempt, ct);
                }
            }
            return claimsLost;
        }, CancellationToken.None);
        foreach (var id in lost)
        {
            Log.NotificationClaimLost(logger, id);
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
