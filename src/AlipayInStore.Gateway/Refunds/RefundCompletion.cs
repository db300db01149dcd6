using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Refunds;

/// <summary>Completes a refund inside the caller's unit of work: ledger lines, status, and (asynchronous refunds) the notification.</summary>
internal sealed class RefundCompletion(GatewayDbContext db, BusinessDay day)
{
    public async Task CompleteAsync(Refund refund, Payment payment, bool notify, DateTimeOffset now, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == payment.MerchantId, ct);
        var done = await db.Refunds.Where(r => r.PaymentId == payment.Id && r.Status == RefundStatus.Success && r.Id != refund.Id)
            .GroupBy(r => r.PaymentId).Select(g => new { Amount = g.Sum(r => r.Amount), Fee = g.Sum(r => r.FeeAmount) }).SingleOrDefaultAsync(ct);
        // Each refund gives back its share of the fee, never more than is left; the refund that completes the order takes the rest.
        var feeLeft = payment.FeeAmount - (done?.Fee ?? 0);
        var fee = (done?.Amount ?? 0) + refund.Amount == payment.Amount ? feeLeft : Math.Min(Fees.Of(refund.Amount, merchant.FeeRateBasisPoints), feeLeft);
        var lines = PaymentJournal.Reverse(payment, refund.Amount, fee);
        await LedgerPoster.PostAsync(db, LedgerEntryKind.Refund, payment.Id, refund.Id, now, lines, guardAccount: null, ct);
        refund.MarkSucceeded(fee, now);
        if (notify)
        {
            NotificationOutbox.Refund(db, merchant, refund.RefundId, Notification(refund, day), refund.NotifyUrl, now);
        }
    }

    private static RefundNotification Notification(Refund refund, BusinessDay day) => new()
    {
        ResultInfo = ResultCodes.Success.ToInfo(),
        PartnerId = refund.PartnerId,
        AcquirementId = refund.AcquirementId,
        MerchantRefundId = refund.MerchantRefundId,
        RefundId = refund.RefundId,
        RefundAmount = Amount.From(new(refund.Amount, refund.Currency)),
        RefundTime = PaymentResponses.Time(refund.CompletedAt, day),
    };
}
