using System.Collections.Concurrent;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Telemetry;
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
    IDbContextFactory<GatewayDbContext> factory, NotificationSender sender, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<NotificationDispatcher> logger)
    : BackgroundService
{
    /// <summary>This instance, as recorded on claims and attempts.</summary>
    public string Id { get; } = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private PeriodicTimer? _timer;

    /// <summary>Sets the timer up before the host finishes starting (ExecuteAsync runs on the thread pool), so no tick is missed.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(options.Value.PollInterval, clock);
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

    /// <summary>Claims and delivers until nothing is due; returns how many rows were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var rounds = (settings.BatchSize + settings.MaxConcurrency - 1) / settings.MaxConcurrency;
        var hold = (settings.Timeout * rounds) + settings.ClaimMargin;
        var total = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            List<Notification> batch;
            Dictionary<long, (Merchant Merchant, string SignType)> merchants;
            await using (var db = await factory.CreateDbContextAsync(stoppingToken))
            {
                GatewayTelemetry.QueueDepth(await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Pending, stoppingToken));
                batch = await NotificationClaims.ClaimDueAsync(db, Id, clock.GetUtcNow(), hold, settings.BatchSize, stoppingToken);
                merchants = await MerchantsAsync(db, batch, stoppingToken);
            }
            if (batch.Count == 0)
            {
                break;
            }
            // Not cancelled by stoppingToken: claimed rows are delivered and recorded, each within the timeout.
            var outcomes = new ConcurrentBag<DeliveryOutcome>();
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency },
                async (notification, _) => outcomes.Add(await DeliverAsync(notification, merchants[notification.MerchantId])));
            await NotificationRecorder.RecordAsync(factory, outcomes, settings.EffectiveSchedule, logger);
            total += batch.Count;
        }
        return total;
    }

    private async Task<DeliveryOutcome> DeliverAsync(Notification notification, (Merchant Merchant, string SignType) target)
    {
        var claim = notification.ClaimedBy!;
        if (notification.TargetFor(target.Merchant) is not { } url)
        {
            return new DeliveryOutcome(notification, claim, null);
        }
        using var span = GatewayTelemetry.StartDelivery(notification.Function, notification.Id, notification.Attempts + 1, notification.CauseTraceParent);
        var attempt = await sender.SendAsync(notification, target.Merchant, url, target.SignType, Id);
        GatewayTelemetry.DeliveryEnded(span, notification.Function, attempt.Acknowledged, attempt.Error);
        return new DeliveryOutcome(notification, claim, attempt);
    }

    /// <summary>The merchants of a batch, with the sign type each signs with (that of its latest verified request).</summary>
    private static async Task<Dictionary<long, (Merchant, string)>> MerchantsAsync(GatewayDbContext db, List<Notification> batch, CancellationToken ct)
    {
        var result = new Dictionary<long, (Merchant, string)>();
        foreach (var id in batch.Select(n => n.MerchantId).Distinct())
        {
            var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == id, ct);
            result[id] = (merchant, MerchantSignType.Of(merchant));
        }
        return result;
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
