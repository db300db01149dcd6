using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// Ready means: the database answers, every migration is applied, the host has started, and no background worker
/// (expiry, notifications, refunds, reconciliation, exchange recording) has stopped.
/// </summary>
internal sealed class GatewayReadiness(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, IEnumerable<IHostedService> hosted) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("the database cannot be reached");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied yet (first: {pending[0]})");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be reached: " + ex.GetType().Name);
        }
        if (!lifetime.ApplicationStarted.IsCancellationRequested || lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the gateway is starting or stopping");
        }
        var stopped = hosted.OfType<BackgroundService>().Where(w => w.ExecuteTask is null || w.ExecuteTask.IsCompleted).Select(w => w.GetType().Name).ToList();
        return stopped.Count == 0
            ? HealthCheckResult.Healthy("database reachable, migrations applied, workers running")
            : HealthCheckResult.Unhealthy("background workers stopped: " + string.Join(", ", stopped));
    }
}
