using System.Text.Json;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Telemetry;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// Adds notification rows to the caller's unit of work, beside the state change that causes them. The bodies come
/// built by the feature that owns the state (Payments, Refunds); the outbox only stores them for delivery.
/// </summary>
internal static class NotificationOutbox
{
    /// <summary>A payment reached a final state: paid (S) or closed (F with the failure code). Returns the row added.</summary>
    public static Notification Pay(GatewayDbContext db, long merchantId, string acquirementId, PayNotification body, string? notifyUrl, DateTimeOffset now) =>
        db.Notifications.Add(new Notification(merchantId, ApiFunctions.NotifyPay,
            JsonSerializer.Serialize(body, ProtocolJsonContext.Default.PayNotification), notifyUrl, acquirementId, now, GatewayTelemetry.CurrentTraceParent())).Entity;

    /// <summary>An asynchronous refund succeeded.</summary>
    public static void Refund(GatewayDbContext db, long merchantId, string refundId, RefundNotification body, string? notifyUrl, DateTimeOffset now) =>
        db.Notifications.Add(new Notification(merchantId, ApiFunctions.NotifyRefund,
            JsonSerializer.Serialize(body, ProtocolJsonContext.Default.RefundNotification), notifyUrl, refundId, now, GatewayTelemetry.CurrentTraceParent()));
}
