using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// The rows of a partner-day, read from the ledger: every journal that moved the merchant's account in the day is a
/// PAYMENT, REFUND or CANCEL row, described by its payment or refund. <c>Currency</c>, <c>Transaction_amount</c> and
/// <c>Charge_amount</c> are on the settlement side (<see cref="Settlement"/>), <c>Trans_*</c> on the order side.
/// </summary>
internal sealed class LedgerRows(GatewayDbContext db)
{
    public async Task<List<TransactionRecord>> ForDayAsync(string partnerId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var account = LedgerAccounts.Merchant(partnerId);
        var lines = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.Account == account && e.At >= from && e.At < to && e.Kind != LedgerEntryKind.Funding)
            .Select(e => new { e.Kind, e.PaymentId, e.RefundId, e.At }).ToListAsync(ct);
        var paymentIds = lines.Select(l => l.PaymentId).OfType<long>().Distinct().ToList();
        var refundIds = lines.Select(l => l.RefundId).OfType<long>().Distinct().ToList();
        var payments = await db.Payments.AsNoTracking().Where(p => paymentIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var refunds = await db.Refunds.AsNoTracking().Where(r => refundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        return lines.Select(l =>
        {
            var p = payments[l.PaymentId!.Value];
            var row = Base(p, l.At);
            return l.Kind switch
            {
                LedgerEntryKind.Refund when refunds[l.RefundId!.Value] is var r => row with
                {
                    PartnerTransactionId = r.MerchantRefundId, TransactionId = r.RefundId,
                    Amount = Settlement.Of(p, r.Amount), Fee = Settlement.Of(p, r.FeeAmount),
                    Type = TransactionType.Refund, Remark = r.Reason ?? "", TransAmount = r.Amount,
                },
                LedgerEntryKind.Cancel => row with { Type = TransactionType.Cancel },
                _ => row,
            };
        }).ToList();
    }

    private static TransactionRecord Base(Payment p, DateTimeOffset at) => new()
    {
        PartnerTransactionId = p.MerchantTransId,
        TransactionId = p.AcquirementId,
        Amount = Settlement.Of(p, p.Amount),
        Fee = Settlement.Of(p, p.FeeAmount),
        Currency = Settlement.CurrencyOf(p),
        PaymentTime = at,
        Type = TransactionType.Payment,
        SecondaryMerchantId = p.SecondaryMerchantId,
        StoreId = p.StoreId,
        SecondaryMerchantIndustry = p.SecondaryMerchantIndustry ?? "",
        SecondaryMerchantName = p.SecondaryMerchantName ?? "",
        OperatorName = p.StoreName ?? "",
        OrderScene = p.Kind == PaymentKind.QrCode ? OrderScenes.TransactionQrCode : OrderScenes.PaymentQrCode,
        TransCurrency = p.Currency,
        TransAmount = p.Amount,
        ForexRate = Settlement.RateOf(p),
    };
}
