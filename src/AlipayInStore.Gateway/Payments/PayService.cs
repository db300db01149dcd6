using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Merchant-scan pay: idempotent on partnerId + merchantTransId by insert first (the unique index finds a repeat), one unit of work per charge.</summary>
internal sealed class PayService(
    GatewayDbContext db, PaymentCodeService codes, PaymentSettlement settlement, OrderRules rules, BusinessDay day,
    TimeProvider clock, IOptions<GatewayOptions> profile, IOptions<PaymentOptions> options)
{
    public async Task<PayResponse> PayAsync(Merchant merchant, PayCommand pay, CancellationToken ct)
    {
        var scenario = Scenarios.OfPay(pay.Order.Amount, profile.Value.IsSandbox);
        var now = clock.GetUtcNow();
        if (rules.CurrencyRefusal(pay.Order.Amount.Currency) is { } refusal)
        {
            return Fail(refusal);
        }
        var (buyer, codeError) = await codes.ResolveAsync(pay.IdentityCode, now, ct);
        if (buyer is null || scenario == Scenarios.SystemErrorNothingCreated)
        {
            // Nothing will be created; a repeat of an existing transaction still gets that transaction's answer
            // (its code was used up by the first pay). The success path needs no such read: its insert finds the twin.
            return await FindAsync(merchant.PartnerId, pay.MerchantTransId, ct) is { } existing ? await RepeatAsync(existing, pay, ct)
                : buyer is null ? Fail((codeError ?? ResultCodes.InvalidCode).ToInfo())
                : Fail(ResultCodes.SystemError.ToInfo("Scenario 9907: system error, nothing was created"));
        }
        Payment payment;
        try
        {
            payment = await UnitOfWork.RunAsync(db, token => ChargeNewAsync(merchant, pay, buyer, scenario, now, token), ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return await RepeatAsync((await FindAsync(merchant.PartnerId, pay.MerchantTransId, ct))!, pay, ct);
        }
        catch (CodeTakenException)
        {
            // Taken by a concurrent twin of this very request (then this is a repeat) or by another pay.
            return await FindAsync(merchant.PartnerId, pay.MerchantTransId, ct) is { } twin ? await RepeatAsync(twin, pay, ct)
                : Fail(ResultCodes.InvalidCode.ToInfo("The payment code was already used"));
        }
        return await AnswerAsync(payment, scenario);
    }

    // Scenarios 9901 (U although paid) and 9902 (slow answer) change only the answer, not the payment.
    private async Task<PayResponse> AnswerAsync(Payment payment, int? scenario) => scenario switch
    {
        Scenarios.SlowAnswer => await CompleteSlowPayAsync(payment.Id),
        Scenarios.UnknownButPaid => PaymentResponses.Pay(payment, ResultCodes.UnknownException.ToInfo(), day),
        _ => PaymentResponses.Pay(payment, PaymentResponses.CurrentPayResult(payment), day),
    };

    // The new payment is inserted in its final state (the unique index makes a concurrent twin lose, undoing all it did):
    // the code taken, then charged unless a scenario says otherwise.
    private async Task<Payment> ChargeNewAsync(Merchant merchant, PayCommand pay, Buyer buyer, int? scenario, DateTimeOffset now, CancellationToken ct)
    {
        var expiresAt = Scenarios.WaitsForBuyer(scenario) ? now + options.Value.PendingPayExpiry : (DateTimeOffset?)null;
        var created = Payment.ForPay(TransactionIds.NewAcquirementId(day.DateOf(now)), merchant.Id, merchant.PartnerId, pay, scenario, buyer.Id, expiresAt, now);
        if (!await codes.ConsumeAsync(pay.IdentityCode, buyer, now, ct))
        {
            throw new CodeTakenException();
        }
        db.Payments.Add(created);
        if (!settlement.TryFailByScenario(created, now, merchant) && !Scenarios.WaitsForBuyer(scenario))
        {
            await settlement.ChargeAsync(created, buyer.Id, merchant, now, ct);
        }
        return created;
    }

    // Scenario 9902: the transaction exists (WAIT_BUYER_PAY) while the answer is slow; then it is charged unless cancelled meanwhile.
    // The merchant hanging up does not stop the payment: it completes as it would at Alipay.
    private async Task<PayResponse> CompleteSlowPayAsync(long paymentId)
    {
        var ct = CancellationToken.None;
        await Task.Delay(options.Value.SlowPayDelay, clock, ct);
        var payment = await UnitOfWork.RunAsync(db, async token =>
        {
            var p = await db.Payments.SingleAsync(x => x.Id == paymentId, token);
            if (p.Status == PaymentStatus.WaitBuyerPay)
            {
                await settlement.ChargeWaitingAsync(p, p.BuyerId!, clock.GetUtcNow(), token);
            }
            return p;
        }, ct);
        return PaymentResponses.Pay(payment, PaymentResponses.CurrentPayResult(payment), day);
    }

    private async Task<PayResponse> RepeatAsync(Payment existing, PayCommand pay, CancellationToken ct)
    {
        if (OrderRules.RepeatRefusal(existing, PaymentKind.BarCode, pay.Order, pay.IdentityCode) is { } refusal)
        {
            return Fail(refusal);
        }
        var current = await UnitOfWork.RunAsync(db, async token =>
        {
            var p = await db.Payments.SingleAsync(x => x.Id == existing.Id, token);
            settlement.CloseIfExpired(p, clock.GetUtcNow());
            return p;
        }, ct);
        return PaymentResponses.Pay(current, PaymentResponses.CurrentPayResult(current), day);
    }

    private Task<Payment?> FindAsync(string partnerId, string merchantTransId, CancellationToken ct) =>
        db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId && p.MerchantTransId == merchantTransId, ct);

    private static PayResponse Fail(ResultInfo info) => new() { ResultInfo = info };

    private sealed class CodeTakenException : Exception;
}
