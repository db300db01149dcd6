using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Refunds;

/// <summary>Completes asynchronous refunds once they have been PROCESSING for the configured delay.</summary>
internal sealed class AsyncRefundWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RefundOptions> options, ILogger<AsyncRefundWorker> logger)
    : PeriodicWork(scopes, clock, logger)
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GatewayDbContext>();
        var completion = services.GetRequiredService<RefundCompletion>();
        var cutoff = Clock.GetUtcNow() - options.Value.AsyncRefundDelay;
        var due = await db.Refunds.AsNoTracking()
            .Where(r => r.Status == RefundStatus.Processing && r.CreatedAt <= cutoff)
            .Select(r => r.Id).Take(100).ToListAsync(ct);
        foreach (var id in due)
        {
            await UnitOfWork.RunAsync(db, async token =>
            {
                var refund = await db.Refunds.SingleAsync(r => r.Id == id, token);
                if (refund.Status == RefundStatus.Processing)
                {
                    var payment = await db.Payments.SingleAsync(p => p.Id == refund.PaymentId, token);
                    await completion.CompleteAsync(refund, payment, notify: true, Clock.GetUtcNow(), token);
                }
                return refund;
            }, ct);
        }
        if (due.Count > 0)
        {
            Log.RefundsCompleted(logger, due.Count);
        }
    }
}
