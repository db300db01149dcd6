using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Gateway.Payments;

/// <summary>The ledger lines of a payment, a refund and a cancel; every currency balances through the FX account.</summary>
internal static class PaymentJournal
{
    public static List<LedgerLine> Payment(string buyerAccount, string partnerId, Money order, Money pay, long fee)
    {
        var lines = new List<LedgerLine>
        {
            new(buyerAccount, pay.Currency, -pay.MinorUnits),
            new(LedgerAccounts.Merchant(partnerId), order.Currency, order.MinorUnits - fee),
            new(LedgerAccounts.Fees, order.Currency, fee),
        };
        if (pay.Currency != order.Currency)
        {
            lines.Add(new(LedgerAccounts.Fx, pay.Currency, pay.MinorUnits));
            lines.Add(new(LedgerAccounts.Fx, order.Currency, -order.MinorUnits));
        }
        return lines;
    }

    /// <summary>Gives back <paramref name="amount"/> of the order (and its share of the fee and of the buyer's payment).</summary>
    public static List<LedgerLine> Reverse(Payment payment, long amount, long fee)
    {
        var payBack = payment.PayCurrency == payment.Currency
            ? amount
            : Fees.Proportion(payment.PayAmount!.Value, amount, payment.Amount);
        var order = new Money(amount, payment.Currency);
        var pay = new Money(payBack, payment.PayCurrency!);
        return Payment(LedgerAccounts.Buyer(payment.BuyerId!), payment.PartnerId, order, pay, fee)
            .Select(l => l with { Amount = -l.Amount })
            .ToList();
    }
}
