using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Refunds;

/// <summary>
/// Refunds: partial and repeated while the total stays within the paid amount (guarded by the payment's
/// concurrency token), idempotent on partnerId + merchantRefundId, synchronous or asynchronous.
/// </summary>
internal sealed class RefundService(GatewayDbContext db, RefundCompletion completion, BusinessDay day, TimeProvider clock, IOptions<GatewayOptions> profile, IOptions<RefundOptions> options)
{
    public async Task<RefundResponse> RefundAsync(Merchant merchant, RefundCommand refund, CancellationToken ct)
    {
        if (profile.Value.IsSandbox && !refund.IsSync)
        {
            return Fail(ResultCodes.UnknownException.ToInfo("The sandbox supports synchronous refunds only: send isSync true"));
        }
        try
        {
            return await UnitOfWork.RunAsync(db, token => RefundCoreAsync(merchant, refund, token), ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var existing = await db.Refunds.AsNoTracking().SingleAsync(r => r.PartnerId == merchant.PartnerId && r.MerchantRefundId == refund.MerchantRefundId, ct);
            return Repeat(existing, refund);
        }
    }

    private async Task<RefundResponse> RefundCoreAsync(Merchant merchant, RefundCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var amount = command.Amount;
        var existing = await db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.PartnerId == merchant.PartnerId && r.MerchantRefundId == command.MerchantRefundId, ct);
        if (existing is not null)
        {
            return Repeat(existing, command);
        }
        await PaymentLock.LockAsync(db, merchant.PartnerId, command.AcquirementId, ct);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.PartnerId == merchant.PartnerId && p.AcquirementId == command.AcquirementId, ct);
        if (payment is null || payment.Kind == PaymentKind.CancelledBeforeCreation)
        {
            return Fail(ResultCodes.OrderNotExist.ToInfo());
        }
        if (Scenarios.IsRefundFailure(amount, profile.Value.IsSandbox))
        {
            return Fail(ResultCodes.MerchantBalanceNotEnough.ToInfo("Scenario 9908: the merchant's balance is not enough"));
        }
        if (payment.Status != PaymentStatus.Success)
        {
            return Fail(ResultCodes.OrderStatusInvalid.ToInfo($"Only paid transactions can be refunded; this one is {payment.Status.ToWire()}"));
        }
        if (amount.Currency != payment.Currency)
        {
            return Fail(ResultCodes.ParamIllegal.ToInfo($"body.refundAmount.currency must be the order currency ({payment.Currency})"));
        }
        if (now - payment.PaidAt!.Value > TimeSpan.FromDays(options.Value.RefundWindowDays))
        {
            return Fail(ResultCodes.RefundWindowExpired.ToInfo());
        }
        if (!payment.TryAddRefund(amount.MinorUnits, now))
        {
            var left = new Money(payment.Amount - payment.RefundedAmount, payment.Currency);
            return Fail(ResultCodes.RefundAmountExceed.ToInfo($"At most {left.ToDecimalString()} {left.Currency} of this transaction can still be refunded"));
        }
        var refund = new Refund(TransactionIds.NewRefundId(day.DateOf(now)), payment.Id, payment.AcquirementId, payment.PartnerId,
            command.MerchantRefundId, amount.MinorUnits, amount.Currency, command.Reason, command.IsSync, command.NotifyUrl, now);
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(ct);
        if (command.IsSync)
        {
            await completion.CompleteAsync(refund, payment, notify: false, now, ct);
        }
        return Answer(refund, ResultCodes.Success.ToInfo());
    }

    private RefundResponse Repeat(Refund existing, RefundCommand command) =>
        existing.AcquirementId != command.AcquirementId || existing.Amount != command.Amount.MinorUnits || existing.Currency != command.Amount.Currency
            ? Fail(ResultCodes.RepeatReqInconsistent.ToInfo("merchantRefundId was already used with a different transaction or amount"))
            : Answer(existing, existing.Status == RefundStatus.Fail ? ResultCodes.UnknownException.ToInfo() : ResultCodes.Success.ToInfo());

    private RefundResponse Answer(Refund refund, ResultInfo info) => new()
    {
        ResultInfo = info,
        AcquirementId = refund.AcquirementId,
        MerchantRefundId = refund.MerchantRefundId,
        RefundId = refund.RefundId,
        RefundAmount = Amount.From(new Money(refund.Amount, refund.Currency)),
        RefundStatus = refund.Status.ToWire(),
        RefundTime = PaymentResponses.Time(refund.CompletedAt, day),
    };

    private static RefundResponse Fail(ResultInfo info) => new() { ResultInfo = info };
}
