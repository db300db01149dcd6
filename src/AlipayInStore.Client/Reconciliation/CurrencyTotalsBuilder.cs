using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>Adds up rows of one currency; the mutable side of <see cref="CurrencyTotals"/>.</summary>
internal sealed class CurrencyTotalsBuilder(string currency)
{
    private long _paymentCount, _paymentAmount, _refundCount, _refundAmount, _cancelCount, _cancelAmount, _feesCharged, _feesReturned;

    public void Add(TransactionRecord record)
    {
        switch (record.Type)
        {
            case TransactionType.Payment:
                _paymentCount++;
                _paymentAmount = checked(_paymentAmount + record.Amount);
                _feesCharged = checked(_feesCharged + record.Fee);
                break;
            case TransactionType.Refund:
                _refundCount++;
                _refundAmount = checked(_refundAmount + record.Amount);
                _feesReturned = checked(_feesReturned + record.Fee);
                break;
            default:
                _cancelCount++;
                _cancelAmount = checked(_cancelAmount + record.Amount);
                _feesReturned = checked(_feesReturned + record.Fee);
                break;
        }
    }

    public CurrencyTotals Build() => new()
    {
        Currency = currency,
        PaymentCount = _paymentCount,
        PaymentAmount = _paymentAmount,
        RefundCount = _refundCount,
        RefundAmount = _refundAmount,
        CancelCount = _cancelCount,
        CancelAmount = _cancelAmount,
        FeesCharged = _feesCharged,
        FeesReturned = _feesReturned,
    };
}
