using AlipayInStore.Gateway.Notifications;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>
/// What grading needs from one notification delivery: the gateway's own (from the delivery log) or the kit's, to
/// which transaction, where, and how the receiver answered. A notification that could not be sent at all appears as
/// a delivery with <see cref="Sent"/> false and the reason in <see cref="Error"/>.
/// </summary>
internal sealed record DeliveryFact(
    string Source, DateTimeOffset At, string Function, string Reference, int Number, string TargetUrl,
    int? HttpStatus, string? Answer, bool Acknowledged, string? Error, string? Warning) : IEvidence
{
    public const string Gateway = "gateway";

    public bool Sent => TargetUrl.Length > 0;

    /// <summary>The receiver answered S/SUCCESS with HTTP 200: it took the notification as genuine.</summary>
    public bool Accepted => HttpStatus == 200 && Answer?.StartsWith("S/", StringComparison.Ordinal) == true;

    public string Describe() =>
        $"{Source} {string.Join('.', Function.Split('.')[^2..])} #{Number} {Reference} → " +
        (!Sent ? Error
            : HttpStatus is null ? Error
            : $"HTTP {HttpStatus}{(Answer is null ? "" : " " + Answer)}, "
              + (Acknowledged ? "acknowledged" : Answer is not null && !Accepted ? "not acknowledged" : "not acknowledged: " + Error)
              + (Warning is null ? "" : $" (warning: {Warning})"));

    public static DeliveryFact From(NotificationAttempt attempt, Notification notification) => new(
        Gateway, attempt.At, notification.Function, notification.Reference, attempt.Number, attempt.TargetUrl,
        attempt.HttpStatus, attempt.Acknowledged ? "S/SUCCESS" : null, attempt.Acknowledged, attempt.Error, attempt.Warning);

    /// <summary>A notification the gateway had nowhere to send.</summary>
    public static DeliveryFact Unsent(Notification notification) => new(
        Gateway, notification.CreatedAt, notification.Function, notification.Reference, 0, "", null, null, false,
        "not sent: no notify URL (set one in the portal, or send notifyUrl with the request)", null);

    public static DeliveryFact From(KitDelivery delivery) => new(
        "kit " + (delivery.Kind == KitAction.ForgeNotification ? "forged" : "repeated"), delivery.At, Protocol.Wire.ApiFunctions.NotifyPay,
        delivery.Reference, (int)delivery.Id, delivery.TargetUrl, delivery.HttpStatus, delivery.Answer, delivery.Acknowledged, delivery.Error, delivery.Warning);
}
