namespace AlipayInStore.Gateway.Notifications;

/// <summary>Control API JSON: the merchant's notify URL to set (null or empty clears it); clientId picks the merchant (default: the first).</summary>
internal sealed record NotifyUrlRequest(string? Url, string? ClientId);
