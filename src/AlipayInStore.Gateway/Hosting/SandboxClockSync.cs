using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// Reloads the shared sandbox clock offset every second, on real time (a test's fake clock must not stop it), so an
/// advance made through one gateway instance reaches the others.
/// </summary>
internal sealed class SandboxClockSync(IServiceScopeFactory scopes, ILogger<SandboxClockSync> logger)
    : PeriodicWork(scopes, TimeProvider.System, logger)
{
    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<SandboxClockStore>().RefreshAsync(ct);
}
