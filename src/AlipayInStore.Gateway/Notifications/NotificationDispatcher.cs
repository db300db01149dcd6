using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// Delivers due notifications: every poll interval (on the gateway clock) it claims batches until none is due and
/// delivers each claimed row. Deliveries in flight are not cut short when the host stops (they are bounded by the
/// timeout), so every delivery made is recorded; a crash leaves claims that expire and are taken over.
/// </summary>
internal sealed class NotificationDispatcher(
    IDbContextFactory<GatewayDbContext> factory, NotificationSender sender, TimeProvider clock, IOptions<GatewayOptions> options, ILogger<NotificationDispatcher> logger)
    : BackgroundService
{
    /// <summary>This instance, as recorded on claims and attempts.</summary>
    public string Id { get; } = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private PeriodicTimer? _timer;

    /// <summary>Sets the timer up before the host finishes starting (ExecuteAsync runs on the thread pool), so no tick is missed.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(options.Value.Notifications.PollInterval, clock);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Waits first: a notification is never due before the first tick after the state change that wrote it.
        var timer = _timer!;
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Log.PeriodicWorkFailed(logger, nameof(NotificationDispatcher), ex);
            }
        }
    }

    /// <summary>Claims and delivers until nothing is due; returns how many deliveries were made.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Notifications;
        var rounds = (settings.BatchSize + settings.MaxConcurrency - 1) / settings.MaxConcurrency;
        var hold = (settings.Timeout * rounds) + settings.ClaimMargin;
        var total = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            List<Notification> batch;
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                batch = await NotificationClaims.ClaimDueAsync(db, Id, clock.GetUtcNow(), hold, settings.BatchSize, stoppingToken);
            }
            if (batch.Count == 0)
            {
                break;
            }
            // Not cancelled by stoppingToken: claimed rows are delivered and recorded, each within the timeout.
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency },
                async (notification, _) => await DeliverAsync(notification));
            total += batch.Count;
        }
        return total;
    }

    private async Task DeliverAsync(Notification notification)
    {
        await using var db = await factory.CreateDbContextAsync();
        var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == notification.MerchantId);
        db.Notifications.Attach(notification);
        var url = notification.TargetUrl ?? merchant.NotifyUrl;
        NotificationAttempt? attempt = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            notification.MarkNoTarget();
            Log.NotificationNoTarget(logger, notification.Id);
        }
        else
        {
            var latest = await db.Exchanges.AsNoTracking().Where(e => e.MerchantId == merchant.Id && e.Verification == "valid")
                .OrderByDescending(e => e.Id).Select(e => e.SignType).FirstOrDefaultAsync();
            attempt = await sender.SendAsync(notification, merchant, url, NotificationEnvelope.SignTypeOf(merchant, latest), Id);
            notification.RecordAttempt(attempt, options.Value.Notifications.EffectiveSchedule);
            db.NotificationAttempts.Add(attempt);
            LogOutcome(notification, attempt);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // The claim expired and another dispatcher took the row over: keep the record of what was sent, leave the row to it.
            Log.NotificationClaimLost(logger, notification.Id);
            db.ChangeTracker.Clear();
            if (attempt is not null)
            {
                db.NotificationAttempts.Add(attempt);
                await db.SaveChangesAsync();
            }
        }
    }

    private void LogOutcome(Notification notification, NotificationAttempt attempt)
    {
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

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
