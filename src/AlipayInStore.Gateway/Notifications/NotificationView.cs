using System.Text.Json;
using AlipayInStore.Protocol.Validation;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>Control API JSON: a notification, its state and every delivery made.</summary>
internal sealed record NotificationView(
    long Id, string Function, string Reference, string Status, string? TargetUrl, int Attempts, string CreatedAt,
    string? NextAttemptAt, string? DeliveredAt, string? LastError, JsonElement Body, IReadOnlyList<NotificationAttemptView> Deliveries)
{
    public static NotificationView Of(Notification n, IEnumerable<NotificationAttempt> attempts)
    {
        using var body = JsonDocument.Parse(n.BodyJson);
        return new(n.Id, n.Function, n.Reference, n.Status.ToString(), n.TargetUrl, n.Attempts, Rfc3339.Format(n.CreatedAt),
            n.NextAttemptAt is { } next ? Rfc3339.Format(next) : null, n.DeliveredAt is { } at ? Rfc3339.Format(at) : null,
            n.LastError, body.RootElement.Clone(), attempts.OrderBy(a => a.Number).Select(NotificationAttemptView.Of).ToList());
    }
}
