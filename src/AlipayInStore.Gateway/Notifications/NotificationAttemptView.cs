namespace AlipayInStore.Gateway.Notifications;

/// <summary>Control API JSON: one delivery of a notification.</summary>
internal sealed record NotificationAttemptView(
    int Number, bool Manual, string At, string TargetUrl, string ReqMsgId, string SignType, int? HttpStatus,
    double DurationMs, bool Acknowledged, string? Error, string? Warning, string Dispatcher)
{
    public static NotificationAttemptView Of(NotificationAttempt a) => new(
        a.Number, a.Manual, Protocol.Validation.Rfc3339.Format(a.At), a.TargetUrl, a.ReqMsgId, a.SignType, a.HttpStatus,
        Math.Round(a.DurationMs, 1), a.Acknowledged, a.Error, a.Warning, a.Dispatcher);
}
