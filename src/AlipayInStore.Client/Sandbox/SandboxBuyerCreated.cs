namespace AlipayInStore.Client.Sandbox;

/// <summary>A buyer just created (<c>POST /sandbox/buyers</c>), with its wallet password shown this once.</summary>
/// <param name="BuyerId">The buyer's login name.</param>
/// <param name="Name">The name the wallet shows.</param>
/// <param name="TestCode">The reusable payment code.</param>
/// <param name="Currency">The wallet's currency.</param>
/// <param name="Balance">The balance in minor units.</param>
/// <param name="WalletPassword">The wallet (and payment) password.</param>
public sealed record SandboxBuyerCreated(string BuyerId, string Name, string TestCode, string Currency, long Balance, string WalletPassword);
