using System.Text.Json;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// Adds notification rows to the caller's unit of work, beside the state change that causes them. The bodies come
/// built by the feature that owns the state (Payments, Refunds); the outbox only stores them for delivery.
/// </summary>
/// <remarks>
/// When the writer holds the merchant and neither the request nor the merchant gives a notify URL, the row is written
/// already in the state a delivery would leave it in (<see cref="Notification.MarkNoTarget"/>): no dispatcher claims it,
/// nothing writes it a second time. Otherwise the merchant's URL is looked up at delivery time, as before.
/// </remarks>
internal static class NotificationOutbox
{
    /// <summary>
    /// A payment reached a final state: paid (S) or closed (F with the failure code). <paramref name="merchant"/> is the
    /// payment's merchant when the caller holds it (null: its URL is looked up at delivery). Returns the row added.
    /// </summary>
    public static Notification Pay(GatewayDbContext db, long merchantId, string acquirementId, PayNotification body, string? notifyUrl, DateTimeOffset now, Merchant? merchant) =>
        Add(db, new Notification(merchantId, ApiFunctions.NotifyPay,
            JsonSerializer.Serialize(body, ProtocolJsonContext.Default.PayNotification), notifyUrl, acquirementId, now, GatewayTelemetry.CurrentTraceParent()), merchant);

    /// <summary>An asynchronous refund succeeded.</summary>
    public static void Refund(GatewayDbContext db, Merchant merchant, string refundId, RefundNotification body, string? notifyUrl, DateTimeOffset now) =>
        Add(db, new Notification(merchant.Id, ApiFunctions.NotifyRefund,
            JsonSerializer.Serialize(body, ProtocolJsonContext.Default.RefundNotification), notifyUrl, refundId, now, GatewayTelemetry.CurrentTraceParent()), merchant);

    private static Notification Add(GatewayDbContext db, Notification notification, Merchant? merchant)
    {
        if (merchant is not null && notification.TargetFor(merchant) is null)
        {
            notification.MarkNoTarget();
        }
        return db.Notifications.Add(notification).Entity;
    }
}
