namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: ConfirmRequest.</summary>
internal sealed record ConfirmRequest(string? BuyerId);
