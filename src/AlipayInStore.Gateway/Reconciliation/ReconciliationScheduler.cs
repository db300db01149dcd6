using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Produces each partner's file for a day once 09:00 of the next day has passed on the sandbox clock; applies SFTP retention.</summary>
internal sealed class ReconciliationScheduler(IServiceScopeFactory scopes, TimeProvider clock, ReconciliationRetention retention, ILogger<ReconciliationScheduler> logger)
    : PeriodicWork(scopes, clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(5);

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        var service = services.GetRequiredService<ReconciliationService>();
        foreach (var (partnerId, day) in await service.DueAsync(ct))
        {
            await service.GenerateAsync(partnerId, day, ct);
            Log.ReconciliationProduced(logger, partnerId, day);
        }
        retention.Apply(service.Layout);
    }
}
