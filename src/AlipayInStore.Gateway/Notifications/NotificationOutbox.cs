using System.Text.Json;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Refunds;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>Adds notification rows to the caller's unit of work, beside the state change that causes them.</summary>
internal static class NotificationOutbox
{
    /// <summary>A payment reached a final state: paid (S) or closed (F with the failure code).</summary>
    public static void PaymentFinal(GatewayDbContext db, Payment payment, BusinessDay day, DateTimeOffset now)
    {
        var info = payment.Status == PaymentStatus.Success
            ? ResultCodes.Success.ToInfo()
            : (ResultCodes.Find(payment.FailureCode) ?? ResultCodes.OrderIsClosed).ToInfo();
        var body = new PayNotification
        {
            ResultInfo = info,
            PartnerId = payment.PartnerId,
            AcquirementId = payment.AcquirementId,
            MerchantTransId = payment.MerchantTransId,
            OrderAmount = Amount.From(payment.OrderAmount),
            PayAmount = PaymentResponses.PayAmountOf(payment),
            ConversionRate = payment.Status == PaymentStatus.Success ? PaymentResponses.ConversionRateOf(payment) : null,
            PaymentTime = PaymentResponses.Time(payment.PaidAt, day),
        };
        db.Notifications.Add(new Notification(payment.MerchantId, ApiFunctions.NotifyPay,
            JsonSerializer.Serialize(body, ProtocolJsonContext.Default.PayNotification), payment.NotifyUrl, payment.AcquirementId, now, GatewayTelemetry.CurrentTraceParent()));
    }

    /// <summary>An asynchronous refund succeeded.</summary>
    public static void RefundSucceeded(GatewayDbContext db, Refund refund, long merchantId, BusinessDay day, DateTimeOffset now)
    {
        var body = new RefundNotification
        {
            ResultInfo = ResultCodes.Success.ToInfo(),
            PartnerId = refund.PartnerId,
            AcquirementId = refund.AcquirementId,
            MerchantRefundId = refund.MerchantRefundId,
            RefundId = refund.RefundId,
            RefundAmount = Amount.From(new(refund.Amount, refund.Currency)),
            RefundTime = PaymentResponses.Time(refund.CompletedAt, day),
        };
        db.Notifications.Add(new Notification(merchantId, ApiFunctions.NotifyRefund,
            JsonSerializer.Serialize(body, ProtocolJsonContext.Default.RefundNotification), refund.NotifyUrl, refund.RefundId, now, GatewayTelemetry.CurrentTraceParent()));
    }
}
