namespace AlipayInStore.Client.Sandbox;

/// <summary>A notification the sandbox sends, and how its deliveries went (<c>GET /sandbox/notifications</c>).</summary>
/// <param name="Id">Its id (for <c>resend</c>).</param>
/// <param name="Function"><c>notify.pay</c> or <c>notify.refund</c> function name.</param>
/// <param name="Reference">The <c>acquirementId</c> or <c>refundId</c>.</param>
/// <param name="Status"><c>Pending</c>, <c>Delivered</c> or <c>Failed</c>.</param>
/// <param name="TargetUrl">The request's notify URL, or null for the merchant's.</param>
/// <param name="Attempts">Deliveries made.</param>
/// <param name="DeliveredAt">When it was acknowledged (RFC 3339).</param>
/// <param name="LastError">The last delivery's failure, if any.</param>
/// <param name="NextAttemptAt">When the next delivery is due on the retry schedule (RFC 3339), if one is.</param>
public sealed record SandboxNotification(
    long Id, string Function, string Reference, string Status, string? TargetUrl, int Attempts, string? DeliveredAt, string? LastError, string? NextAttemptAt = null);
