using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Payments;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Refunds;

/// <summary>Completes a refund inside the caller's unit of work: ledger lines, status, and (asynchronous refunds) the notification.</summary>
internal sealed class RefundCompletion(GatewayDbContext db, BusinessDay day)
{
    public async Task CompleteAsync(Refund refund, Payment payment, bool notify, DateTimeOffset now, CancellationToken ct)
    {
        var feeRate = await db.Merchants.Where(m => m.Id == payment.MerchantId).Select(m => m.FeeRateBasisPoints).SingleAsync(ct);
        var fee = Fees.Of(refund.Amount, feeRate);
        var lines = PaymentJournal.Reverse(payment, refund.Amount, fee);
        await LedgerPoster.PostAsync(db, LedgerEntryKind.Refund, payment.Id, refund.Id, now, lines, guardAccount: null, ct);
        refund.MarkSucceeded(fee, now);
        if (notify)
        {
            NotificationOutbox.RefundSucceeded(db, refund, payment.MerchantId, day, now);
        }
    }
}
