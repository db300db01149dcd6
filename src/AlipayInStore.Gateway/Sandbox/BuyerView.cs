namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: BuyerView.</summary>
internal sealed record BuyerView(string BuyerId, string DisplayName, string TestCode, string Currency, long Balance);
