using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Refunds;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>A transaction with its refunds and ledger lines, as the control API (and later the portal) shows it.</summary>
internal sealed record TransactionView(
    string AcquirementId, string MerchantTransId, string PartnerId, string Status, string Kind,
    string Currency, long Amount, string? PayCurrency, long? PayAmount, long RefundedAmount, long FeeAmount,
    string? BuyerId, int? Scenario, string? FailureCode,
    DateTimeOffset CreatedAt, DateTimeOffset? PaidAt, DateTimeOffset? ClosedAt, DateTimeOffset? ExpiresAt,
    IReadOnlyList<RefundView> Refunds, IReadOnlyList<LedgerLineView> Ledger)
{
    public static async Task<TransactionView?> LoadAsync(GatewayDbContext db, string acquirementId, CancellationToken ct)
    {
        var p = await db.Payments.AsNoTracking().SingleOrDefaultAsync(x => x.AcquirementId == acquirementId, ct);
        if (p is null)
        {
            return null;
        }
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.PaymentId == p.Id).OrderBy(r => r.Id)
            .Select(r => new RefundView(r.RefundId, r.MerchantRefundId, r.Amount, r.Currency, r.FeeAmount, r.Status.ToWire(), r.IsSync, r.CreatedAt, r.CompletedAt))
            .ToListAsync(ct);
        var ledger = await db.LedgerEntries.AsNoTracking().Where(e => e.PaymentId == p.Id).OrderBy(e => e.Id)
            .Select(e => new LedgerLineView(e.JournalId, e.Kind.ToString(), e.Account, e.Currency, e.Amount, e.At))
            .ToListAsync(ct);
        return new TransactionView(p.AcquirementId, p.MerchantTransId, p.PartnerId, p.Status.ToWire(), p.Kind.ToString(),
            p.Currency, p.Amount, p.PayCurrency, p.PayAmount, p.RefundedAmount, p.FeeAmount, p.BuyerId, p.Scenario, p.FailureCode,
            p.CreatedAt, p.PaidAt, p.ClosedAt, p.ExpiresAt, refunds, ledger);
    }
}
