using System.Globalization;
using System.Text.Json.Nodes;

namespace AlipayInStore.Client.Sandbox;

/// <summary>The notify URL and notification calls of the control API.</summary>
public sealed partial class SandboxControlClient
{
    /// <summary>Where notifications without a per-request <c>notifyUrl</c> go for the first merchant.</summary>
    public Task<SandboxNotifyUrl> GetNotifyUrlAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "sandbox/merchant/notify-url", null, Json.SandboxNotifyUrl, cancellationToken);

    /// <summary>Sets where notifications without a per-request <c>notifyUrl</c> go (null clears it); the answer names the one it replaced.</summary>
    public Task<SandboxNotifyUrl> SetNotifyUrlAsync(string? url, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, "sandbox/merchant/notify-url", new JsonObject { ["url"] = url }, Json.SandboxNotifyUrl, cancellationToken);

    /// <summary>The latest notifications, optionally of one transaction or refund (<paramref name="reference"/>) or status.</summary>
    public Task<IReadOnlyList<SandboxNotification>> GetNotificationsAsync(string? reference = null, string? status = null, CancellationToken cancellationToken = default)
    {
        var query = string.Join('&', new[] { ("reference", reference), ("status", status) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Escape(p.Item2!)}"));
        return SendAsync(HttpMethod.Get, "sandbox/notifications" + (query.Length > 0 ? "?" + query : ""), null, Json.IReadOnlyListSandboxNotification, cancellationToken);
    }

    /// <summary>One notification and how its deliveries went.</summary>
    public Task<SandboxNotification> GetNotificationAsync(long id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, $"sandbox/notifications/{id.ToString(CultureInfo.InvariantCulture)}", null, Json.SandboxNotification, cancellationToken);

    /// <summary>Delivers a notification once more, now (any status).</summary>
    public Task<SandboxNotification> ResendNotificationAsync(long id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"sandbox/notifications/{id.ToString(CultureInfo.InvariantCulture)}/resend", null, Json.SandboxNotification, cancellationToken);
}
