using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Wallet;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Merchant-scan pay: idempotent on partnerId + merchantTransId, insert first, one unit of work per charge.</summary>
internal sealed class PayService(
    GatewayDbContext db, PaymentCodeService codes, PaymentSettlement settlement, FxTable fx, BusinessDay day,
    TimeProvider clock, IOptions<GatewayOptions> options)
{
    public async Task<PayResponse> PayAsync(Merchant merchant, PayRequest request, CancellationToken ct)
    {
        var order = OrderDetails.From(request.Order!);
        var scenario = Scenarios.OfPay(order.Amount, options.Value.IsSandbox);
        var now = clock.GetUtcNow();
        if (CurrencyRefusal(order.Amount.Currency) is { } refusal)
        {
            return Fail(refusal);
        }
        if (await FindAsync(merchant.PartnerId, request.MerchantTransId!, ct) is { } existing)
        {
            return await RepeatAsync(existing, order, request.IdentityCode!, ct);
        }
        var (buyer, codeError) = await codes.ResolveAsync(request.IdentityCode!, now, ct);
        if (codeError is not null)
        {
            return Fail(codeError.ToInfo());
        }
        if (scenario == Scenarios.SystemErrorNothingCreated)
        {
            return Fail(ResultCodes.SystemError.ToInfo("Scenario 9907: system error, nothing was created"));
        }
        Payment payment;
        try
        {
            payment = await UnitOfWork.RunAsync(db, async token =>
            {
                var created = new Payment(TransactionIds.NewAcquirementId(day.DateOf(now)), merchant.Id, merchant.PartnerId, request.MerchantTransId!, PaymentKind.BarCode, now);
                created.SetOrder(order, scenario, request.NotifyUrl, Scenarios.WaitsForBuyer(scenario) ? now + options.Value.PendingPayExpiry : null);
                created.AssignBuyer(buyer!.Id, request.IdentityCode);
                db.Payments.Add(created);
                await db.SaveChangesAsync(token);
                if (!await codes.ConsumeAsync(request.IdentityCode!, buyer, now, token))
                {
                    throw new CodeTakenException();
                }
                if (!settlement.TryFailByScenario(created, now) && !Scenarios.WaitsForBuyer(scenario))
                {
                    await settlement.ChargeAsync(created, buyer.Id, merchant.FeeRateBasisPoints, now, token);
                }
                return created;
            }, ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var winner = await FindAsync(merchant.PartnerId, request.MerchantTransId!, ct);
            return await RepeatAsync(winner!, order, request.IdentityCode!, ct);
        }
        catch (CodeTakenException)
        {
            return Fail(ResultCodes.InvalidCode.ToInfo("The payment code was already used"));
        }
        return scenario switch
        {
            Scenarios.SlowAnswer => await CompleteSlowPayAsync(payment.Id),
            Scenarios.UnknownButPaid => PaymentResponses.Pay(payment, ResultCodes.UnknownException.ToInfo(), day),
            _ => PaymentResponses.Pay(payment, PaymentResponses.CurrentPayResult(payment), day),
        };
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
                await settlement.ChargeAsync(p, p.BuyerId!, null, clock.GetUtcNow(), token);
            }
            return p;
        }, ct);
        return PaymentResponses.Pay(payment, PaymentResponses.CurrentPayResult(payment), day);
    }

    private async Task<PayResponse> RepeatAsync(Payment existing, OrderDetails order, string identityCode, CancellationToken ct)
    {
        if (existing.Kind == PaymentKind.CancelledBeforeCreation)
        {
            return Fail(ResultCodes.OrderIsClosed.ToInfo("This merchantTransId was cancelled before any payment"));
        }
        if (existing.Kind != PaymentKind.BarCode || existing.Amount != order.Amount.MinorUnits
            || existing.Currency != order.Amount.Currency || existing.IdentityCode != identityCode)
        {
            return Fail(ResultCodes.RepeatReqInconsistent.ToInfo(
                "merchantTransId was already used with a different amount, currency, payment code or function"));
        }
        var current = await UnitOfWork.RunAsync(db, async token =>
        {
            var p = await db.Payments.SingleAsync(x => x.Id == existing.Id, token);
            settlement.CloseIfExpired(p, clock.GetUtcNow());
            return p;
        }, ct);
        return PaymentResponses.Pay(current, PaymentResponses.CurrentPayResult(current), day);
    }

    private ResultInfo? CurrencyRefusal(string currency) =>
        options.Value.IsSandbox && currency != "USD"
            ? ResultCodes.CurrencyNotSupport.ToInfo($"The sandbox accepts USD only, not {currency}")
            : !options.Value.IsSandbox && !fx.Supports(currency)
                ? ResultCodes.CurrencyNotSupport.ToInfo($"{currency} is not in the FX table")
                : null;

    private Task<Payment?> FindAsync(string partnerId, string merchantTransId, CancellationToken ct) =>
        db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId && p.MerchantTransId == merchantTransId, ct);

    private static PayResponse Fail(ResultInfo info) => new() { ResultInfo = info };

    private sealed class CodeTakenException : Exception;
}
