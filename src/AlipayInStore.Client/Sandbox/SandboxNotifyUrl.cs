namespace AlipayInStore.Client.Sandbox;

/// <summary>A merchant's notify URL (<c>/sandbox/merchant/notify-url</c>).</summary>
/// <param name="ClientId">The merchant's Client ID.</param>
/// <param name="NotifyUrl">Where notifications without a per-request <c>notifyUrl</c> go; null for nowhere.</param>
/// <param name="PreviousNotifyUrl">The one a change replaced (null when reading).</param>
public sealed record SandboxNotifyUrl(string ClientId, string? NotifyUrl, string? PreviousNotifyUrl);
