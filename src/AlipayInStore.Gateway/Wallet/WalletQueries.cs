using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Refunds;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Wallet;

/// <summary>What the wallet shows a signed-in buyer: balance, transactions waiting for them, their bills.</summary>
internal sealed class WalletQueries(GatewayDbContext db)
{
    public async Task<(Buyer Buyer, long Balance)> BalanceAsync(string buyerId, CancellationToken ct)
    {
        var buyer = await db.Buyers.AsNoTracking().SingleAsync(b => b.Id == buyerId, ct);
        var balance = await db.LedgerBalances.AsNoTracking()
            .Where(b => b.Account == buyer.LedgerAccount && b.Currency == buyer.Currency).Select(b => (long?)b.Balance).SingleOrDefaultAsync(ct);
        return (buyer, balance ?? 0);
    }

    /// <summary>Every buyer, by id, with the balance of its wallet currency (0 before any funding).</summary>
    public async Task<IReadOnlyList<(Buyer Buyer, long Balance)>> BuyersAsync(CancellationToken ct)
    {
        var buyers = await db.Buyers.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);
        var accounts = buyers.Select(b => b.LedgerAccount).ToList();
        var balances = await db.LedgerBalances.AsNoTracking().Where(b => accounts.Contains(b.Account))
            .ToDictionaryAsync(b => (b.Account, b.Currency), b => b.Balance, ct);
        return buyers.Select(b => (b, balances.GetValueOrDefault((b.LedgerAccount, b.Currency)))).ToList();
    }

    /// <summary>Merchant-scan payments with this buyer's code that wait for the buyer to confirm (scenario 9903).</summary>
    public async Task<IReadOnlyList<Payment>> PendingAsync(string buyerId, CancellationToken ct) =>
        await db.Payments.AsNoTracking()
            .Where(p => p.BuyerId == buyerId && p.Status == PaymentStatus.WaitBuyerPay && p.Kind == PaymentKind.BarCode)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(50).ToListAsync(ct);

    public async Task<IReadOnlyList<(Payment Payment, string Merchant, IReadOnlyList<Refund> Refunds)>> BillsAsync(string buyerId, CancellationToken ct)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.BuyerId == buyerId).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(100).ToListAsync(ct);
        var ids = payments.Select(p => p.Id).ToList();
        var refunds = await db.Refunds.AsNoTracking().Where(r => ids.Contains(r.PaymentId)).ToListAsync(ct);
        var merchantIds = payments.Select(p => p.MerchantId).Distinct().ToList();
        var names = await db.Merchants.AsNoTracking().Where(m => merchantIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return payments.Select(p => (p, MerchantName(p, names), (IReadOnlyList<Refund>)refunds.Where(r => r.PaymentId == p.Id).OrderBy(r => r.Id).ToList())).ToList();
    }

    public async Task<(Payment Payment, string Merchant)?> OrderAsync(string acquirementId, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.AcquirementId == acquirementId, ct);
        if (payment is null)
        {
            return null;
        }
        var names = await db.Merchants.AsNoTracking().Where(m => m.Id == payment.MerchantId).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return (payment, MerchantName(payment, names));
    }

    private static string MerchantName(Payment p, Dictionary<long, string> names) =>
        p.SecondaryMerchantName ?? p.StoreName ?? names.GetValueOrDefault(p.MerchantId, "Merchant");
}
