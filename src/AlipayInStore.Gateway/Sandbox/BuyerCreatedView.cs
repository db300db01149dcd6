namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: a buyer just created, with its wallet password shown this once.</summary>
internal sealed record BuyerCreatedView(string BuyerId, string Name, string TestCode, string Currency, long Balance, string WalletPassword);
