namespace AlipayInStore.Gateway.Notifications;

/// <summary>Control API JSON: a merchant's notify URL (and the one it replaced).</summary>
internal sealed record NotifyUrlView(string ClientId, string? NotifyUrl, string? PreviousNotifyUrl);
