using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Closes waiting orders whose expiry passed on the sandbox clock (and queues their notifications).</summary>
internal sealed class ExpirySweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ExpirySweeper> logger)
    : PeriodicWork(scopes, clock, logger)
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GatewayDbContext>();
        var settlement = services.GetRequiredService<PaymentSettlement>();
        var now = Clock.GetUtcNow();
        var due = await db.Payments.AsNoTracking()
            .Where(p => p.Status == PaymentStatus.WaitBuyerPay && p.ExpiresAt != null && p.ExpiresAt <= now)
            .Select(p => p.Id).Take(100).ToListAsync(ct);
        foreach (var id in due)
        {
            await UnitOfWork.RunAsync(db, async token =>
            {
                var payment = await db.Payments.SingleAsync(p => p.Id == id, token);
                return settlement.CloseIfExpired(payment, Clock.GetUtcNow());
            }, ct);
        }
        if (due.Count > 0)
        {
            Log.OrdersExpired(logger, due.Count);
        }
    }
}
