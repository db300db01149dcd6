using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>
/// payCancel: reverses a transaction of the current business day. Unknown merchantTransId: recorded as cancelled
/// so a late pay is refused. Waiting: closed. Paid: the buyer is refunded in full. Repeating succeeds again.
/// </summary>
internal sealed class CancelService(GatewayDbContext db, PaymentSettlement settlement, BusinessDay day, TimeProvider clock, IOptions<PaymentOptions> options)
{
    public async Task<PayCancelResponse> CancelAsync(Merchant merchant, TransactionRef transaction, CancellationToken ct)
    {
        try
        {
            return await UnitOfWork.RunAsync(db, token => CancelCoreAsync(merchant, transaction, token), ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A pay or another cancel created the transaction meanwhile: decide again on what is there now.
            return await UnitOfWork.RunAsync(db, token => CancelCoreAsync(merchant, transaction, token), ct);
        }
    }

    private async Task<PayCancelResponse> CancelCoreAsync(Merchant merchant, TransactionRef transaction, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var payment = await QueryService.FindAsync(db, merchant.PartnerId, transaction, ct);
        if (payment is null)
        {
            if (transaction.ByAcquirementId || transaction.MerchantTransId is not { } merchantTransId)
            {
                return Answer(ResultCodes.OrderNotExist.ToInfo(), transaction.AcquirementId, transaction.MerchantTransId);
            }
            var placeholder = Payment.CancelledBeforeCreation(TransactionIds.NewAcquirementId(day.DateOf(now)), merchant.Id, merchant.PartnerId, merchantTransId, now);
            db.Payments.Add(placeholder);
            await db.SaveChangesAsync(ct);
            return Answer(ResultCodes.Success.ToInfo(), placeholder.AcquirementId, placeholder.MerchantTransId);
        }
        settlement.CloseIfExpired(payment, now);
        var refusal = Refusal(payment, now);
        if (refusal is not null)
        {
            return Answer(refusal, payment.AcquirementId, payment.MerchantTransId);
        }
        if (payment.Status == PaymentStatus.Success)
        {
            var lines = PaymentJournal.Reverse(payment, payment.Amount, payment.FeeAmount);
            await LedgerPoster.PostAsync(db, LedgerEntryKind.Cancel, payment.Id, null, now, lines, guardAccount: null, ct);
        }
        if (payment.Status is PaymentStatus.WaitBuyerPay or PaymentStatus.Success)
        {
            payment.MarkCancelled(now);
        }
        return Answer(ResultCodes.Success.ToInfo(), payment.AcquirementId, payment.MerchantTransId);
    }

    private ResultInfo? Refusal(Payment payment, DateTimeOffset now)
    {
        if (payment.Status is PaymentStatus.Cancelled or PaymentStatus.Closed)
        {
            return null; // repeating a cancel, or cancelling what already failed, succeeds and changes nothing
        }
        if (payment.RefundedAmount > 0)
        {
            return ResultCodes.OrderStatusInvalid.ToInfo("A transaction that has a refund cannot be cancelled");
        }
        var today = day.DateOf(now);
        var created = day.DateOf(payment.CreatedAt);
        var inGrace = payment.Status == PaymentStatus.WaitBuyerPay && created == today.AddDays(-1)
            && now - day.StartOf(today) <= options.Value.CancelGrace;
        return created == today || inGrace
            ? null
            : ResultCodes.CancelWindowExpired.ToInfo($"Only transactions of the current business day ({day.Label}) can be cancelled; this one is from {created:yyyy-MM-dd}");
    }

    private static PayCancelResponse Answer(ResultInfo info, string? acquirementId, string? merchantTransId) => new()
    {
        ResultInfo = info,
        AcquirementId = acquirementId,
        MerchantTransId = merchantTransId,
    };
}
