using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Payments;

/// <summary>payQuery: a transaction's status; an expired waiting order is closed on the way.</summary>
internal sealed class QueryService(GatewayDbContext db, PaymentSettlement settlement, BusinessDay day, TimeProvider clock)
{
    public async Task<PayQueryResponse> QueryAsync(Merchant merchant, TransactionRef transaction, CancellationToken ct)
    {
        var payment = await UnitOfWork.RunAsync(db, async token =>
        {
            var p = await FindAsync(db, merchant.PartnerId, transaction, token);
            if (p is not null)
            {
                settlement.CloseIfExpired(p, clock.GetUtcNow());
            }
            return p;
        }, ct);
        return payment is null
            ? new() { ResultInfo = ResultCodes.OrderNotExist.ToInfo() }
            : PaymentResponses.Query(payment, day);
    }

    /// <summary>The transaction <paramref name="transaction"/> means, always within the partner.</summary>
    public static Task<Payment?> FindAsync(GatewayDbContext db, string partnerId, TransactionRef transaction, CancellationToken ct) =>
        transaction.ByAcquirementId
            ? db.Payments.SingleOrDefaultAsync(p => p.PartnerId == partnerId && p.AcquirementId == transaction.AcquirementId, ct)
            : db.Payments.SingleOrDefaultAsync(p => p.PartnerId == partnerId && p.MerchantTransId == transaction.MerchantTransId, ct);
}
