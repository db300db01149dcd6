using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Protocol.Results;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Payments;

/// <summary>
/// Moves a waiting transaction to its final state inside the caller's unit of work: charge the buyer (ledger,
/// status, outbox row together), close it with a failure code, or close it when it expired.
/// </summary>
internal sealed class PaymentSettlement(GatewayDbContext db, FxTable fx, BusinessDay day)
{
    /// <summary>
    /// Charges a transaction that waited for the buyer (the buyer confirmed in the wallet, or scenario 9902's slow answer
    /// ended): at the merchant's fee rate of that moment, read here, as <see cref="ChargeAsync"/> otherwise.
    /// </summary>
    public async Task ChargeWaitingAsync(Payment payment, string buyerId, DateTimeOffset now, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == payment.MerchantId, ct);
        await ChargeAsync(payment, buyerId, merchant, now, ct);
    }

    /// <summary>
    /// Charges the buyer at <paramref name="merchant"/>'s fee rate (the merchant as the caller read it); closes the
    /// transaction with BUYER_BALANCE_NOT_ENOUGH when the balance is short. A payment still to be inserted (a new pay) is
    /// inserted in its final state, after the money moved and before the entries that name it: one INSERT, no UPDATE.
    /// </summary>
    public async Task ChargeAsync(Payment payment, string buyerId, Merchant merchant, DateTimeOffset now, CancellationToken ct)
    {
        var (pay, rate) = fx.Convert(payment.OrderAmount);
        var fee = Fees.Of(payment.Amount, merchant.FeeRateBasisPoints);
        var buyerAccount = LedgerAccounts.Buyer(buyerId);
        var lines = PaymentJournal.Payment(buyerAccount, payment.PartnerId, payment.OrderAmount, pay, fee);
        var journal = await LedgerPoster.MoveAsync(db, LedgerEntryKind.Payment, now, lines, buyerAccount, ct);
        if (journal is not null)
        {
            payment.MarkPaid(buyerId, pay, rate, fee, now);
        }
        else
        {
            payment.MarkClosed(ResultCodes.BuyerBalanceNotEnough.Code, now, buyerId);
        }
        var notification = NotificationOutbox.Pay(db, payment.MerchantId, payment.AcquirementId, PaymentResponses.Notification(payment, day), payment.NotifyUrl, now, merchant);
        if (journal is not null)
        {
            if (db.Entry(payment).State == EntityState.Added)
            {
                // A new pay, the gateway's hottest path: its two rows by prepared INSERTs rather than a SaveChanges (decision 010).
                await Rows.InsertAsync(db, payment, ct);
                await Rows.InsertAsync(db, notification, ct);
            }
            await LedgerPoster.RecordAsync(db, journal, payment.Id, null, ct);
        }
    }

    /// <summary>
    /// Closes a waiting transaction (failed, declined or expired) and queues its notification; <paramref name="merchant"/>,
    /// when the caller holds it, lets the outbox see at once that there is nowhere to send it.
    /// </summary>
    public void Close(Payment payment, string? failureCode, DateTimeOffset now, Merchant? merchant = null)
    {
        payment.MarkClosed(failureCode, now);
        NotificationOutbox.Pay(db, payment.MerchantId, payment.AcquirementId, PaymentResponses.Notification(payment, day), payment.NotifyUrl, now, merchant);
    }

    /// <summary>Closes the transaction when it waited past its expiry; true when it did.</summary>
    public bool CloseIfExpired(Payment payment, DateTimeOffset now)
    {
        if (payment.Status != PaymentStatus.WaitBuyerPay || payment.ExpiresAt is not { } expiry || expiry > now)
        {
            return false;
        }
        Close(payment, null, now);
        return true;
    }

    /// <summary>Applies the buyer's decision under a scenario that fails at payment time; true when it closed the transaction.</summary>
    public bool TryFailByScenario(Payment payment, DateTimeOffset now, Merchant? merchant = null)
    {
        var code = payment.Scenario switch
        {
            Scenarios.BalanceTooLow => ResultCodes.BuyerBalanceNotEnough.Code,
            Scenarios.FraudReject => ResultCodes.FraudReject.Code,
            _ => null,
        };
        if (code is null)
        {
            return false;
        }
        Close(payment, code, now, merchant);
        return true;
    }
}
