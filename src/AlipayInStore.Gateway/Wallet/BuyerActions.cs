using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Payments;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Wallet;

/// <summary>What a buyer does in the wallet to a waiting transaction: confirm (pay) or decline.</summary>
internal sealed class BuyerActions(GatewayDbContext db, PaymentSettlement settlement, TimeProvider clock)
{
    /// <summary>Pays a waiting transaction as the buyer; null when it succeeded, else why it could not.</summary>
    public Task<(Payment? Payment, string? Refusal)> ConfirmAsync(string acquirementId, string? buyerId, CancellationToken ct) =>
        UnitOfWork.RunAsync<(Payment?, string?)>(db, async token =>
        {
            var now = clock.GetUtcNow();
            var payment = await db.Payments.SingleOrDefaultAsync(p => p.AcquirementId == acquirementId, token);
            if (payment is null)
            {
                return (null, "No such transaction");
            }
            if (settlement.CloseIfExpired(payment, now) || payment.Status != PaymentStatus.WaitBuyerPay)
            {
                return (payment, $"The transaction is {payment.Status.ToWire()}, not waiting for the buyer");
            }
            if (payment.Scenario == Scenarios.BuyerNeverConfirms)
            {
                return (payment, "Scenario 9904: this buyer never confirms; the order closes when it expires");
            }
            var payer = payment.BuyerId ?? buyerId;
            if (payer is null || (payment.BuyerId is not null && buyerId is not null && buyerId != payment.BuyerId))
            {
                return (payment, payer is null ? "buyerId is required to pay a customer-scan order" : "This payment belongs to another buyer");
            }
            if (!await db.Buyers.AnyAsync(b => b.Id == payer, token))
            {
                return (payment, $"No buyer {payer}");
            }
            if (!settlement.TryFailByScenario(payment, now))
            {
                await settlement.ChargeWaitingAsync(payment, payer, now, token);
            }
            return (payment, null);
        }, ct);

    /// <summary>Declines a waiting transaction: it is closed.</summary>
    public Task<(Payment? Payment, string? Refusal)> DeclineAsync(string acquirementId, CancellationToken ct) =>
        UnitOfWork.RunAsync<(Payment?, string?)>(db, async token =>
        {
            var payment = await db.Payments.SingleOrDefaultAsync(p => p.AcquirementId == acquirementId, token);
            if (payment is null)
            {
                return (null, "No such transaction");
            }
            if (payment.Status != PaymentStatus.WaitBuyerPay)
            {
                return (payment, $"The transaction is {payment.Status.ToWire()}, not waiting for the buyer");
            }
            settlement.Close(payment, null, clock.GetUtcNow());
            return (payment, null);
        }, ct);
}
