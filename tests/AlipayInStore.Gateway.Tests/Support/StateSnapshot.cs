using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>Counts of everything business state is made of; equal before and after means nothing changed.</summary>
internal sealed record StateSnapshot(int Payments, int Refunds, int LedgerEntries, int UsedCodes, int Notifications, long RefundedTotal, string Statuses)
{
    public static Task<StateSnapshot> TakeAsync(GatewayFixture gateway) => gateway.WithDbAsync(async db => new StateSnapshot(
        await db.Payments.CountAsync(),
        await db.Refunds.CountAsync(),
        await db.LedgerEntries.CountAsync(),
        await db.PaymentCodes.CountAsync(c => c.UsedAt != null),
        await db.Notifications.CountAsync(),
        await db.Payments.SumAsync(p => p.RefundedAmount),
        string.Join(",", await db.Payments.OrderBy(p => p.Id).Select(p => p.Status).ToListAsync())));
}
