using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Payments;

/// <summary>
/// Takes the write lock on one payment row before it is read, inside the caller's transaction: a no-op UPDATE, the same
/// SQL on every provider. On PostgreSQL, fifty refunds of one payment through several instances then queue on the row
/// instead of all reading one version and retrying on the concurrency token fifty times over; SQLite takes its single
/// write lock up front. The concurrency token still guards every path that does not lock.
/// </summary>
internal static class PaymentLock
{
    public static Task LockAsync(GatewayDbContext db, string partnerId, string acquirementId, CancellationToken ct) =>
        db.Payments.Where(p => p.PartnerId == partnerId && p.AcquirementId == acquirementId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), ct);
}
