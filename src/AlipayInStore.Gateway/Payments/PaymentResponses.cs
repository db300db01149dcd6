using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Maps transactions to wire bodies; the one place a payment's state becomes a result.</summary>
internal static class PaymentResponses
{
    public static string? Time(DateTimeOffset? at, BusinessDay day) => at is { } t ? Rfc3339.Format(day.Local(t)) : null;

    public static Amount? PayAmountOf(Payment p) =>
        p.PayAmount is { } pay && p.PayCurrency is { } currency ? Amount.From(new Money(pay, currency)) : null;

    /// <summary>
    /// <c>conversionRate</c> of a paid transaction (kept after a cancel, like <c>payAmount</c>): order currency to pay
    /// currency at the rate it was charged at, or null while nothing is paid.
    /// </summary>
    public static ExchangeRate? ConversionRateOf(Payment p) =>
        p.PayCurrency is { } currency && p.PayAmount is not null ? ExchangeRate.Between(p.Currency, currency, p.ConversionRate) : null;

    /// <summary>The result a repeated pay (or the first answer) gives for a transaction's current state.</summary>
    public static ResultInfo CurrentPayResult(Payment p) => p.Status switch
    {
        PaymentStatus.Success => ResultCodes.Success.ToInfo(),
        PaymentStatus.WaitBuyerPay => ResultCodes.UserPaying.ToInfo(),
        PaymentStatus.Closed => (ResultCodes.Find(p.FailureCode) ?? ResultCodes.OrderIsClosed).ToInfo(),
        _ => ResultCodes.OrderIsClosed.ToInfo("The transaction was cancelled"),
    };

    public static PayResponse Pay(Payment p, ResultInfo info, BusinessDay day) => new()
    {
        ResultInfo = info,
        AcquirementId = p.AcquirementId,
        MerchantTransId = p.MerchantTransId,
        OrderAmount = Amount.From(p.OrderAmount),
        PayAmount = p.Status == PaymentStatus.Success ? PayAmountOf(p) : null,
        ConversionRate = p.Status == PaymentStatus.Success ? ConversionRateOf(p) : null,
        PaymentTime = Time(p.PaidAt, day),
    };

    public static PayQueryResponse Query(Payment p, BusinessDay day) => new()
    {
        ResultInfo = ResultCodes.Success.ToInfo(),
        AcquirementId = p.AcquirementId,
        MerchantTransId = p.MerchantTransId,
        AcquirementStatus = p.Status.ToWire(),
        OrderAmount = p.Kind == PaymentKind.CancelledBeforeCreation ? null : Amount.From(p.OrderAmount),
        PayAmount = PayAmountOf(p),
        ConversionRate = ConversionRateOf(p),
        PaymentTime = Time(p.PaidAt, day),
        RefundAmount = p.RefundedAmount > 0 ? Amount.From(new Money(p.RefundedAmount, p.Currency)) : null,
    };

    /// <summary>The notification of a payment that reached a final state: paid (S) or closed (F with the failure code).</summary>
    public static PayNotification Notification(Payment p, BusinessDay day) => new()
    {
        ResultInfo = p.Status == PaymentStatus.Success
            ? ResultCodes.Success.ToInfo()
            : (ResultCodes.Find(p.FailureCode) ?? ResultCodes.OrderIsClosed).ToInfo(),
        PartnerId = p.PartnerId,
        AcquirementId = p.AcquirementId,
        MerchantTransId = p.MerchantTransId,
        OrderAmount = Amount.From(p.OrderAmount),
        PayAmount = PayAmountOf(p),
        ConversionRate = p.Status == PaymentStatus.Success ? ConversionRateOf(p) : null,
        PaymentTime = Time(p.PaidAt, day),
    };
}
