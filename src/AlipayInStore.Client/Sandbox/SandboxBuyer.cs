namespace AlipayInStore.Client.Sandbox;

/// <summary>A sandbox buyer (<c>GET /sandbox/buyers</c>).</summary>
/// <param name="BuyerId">E.g. <c>alice</c> or <c>bob</c>.</param>
/// <param name="DisplayName">The name the wallet shows.</param>
/// <param name="TestCode">The reusable payment code (never expires, never used up).</param>
/// <param name="Currency">The wallet's currency.</param>
/// <param name="Balance">The balance in minor units.</param>
public sealed record SandboxBuyer(string BuyerId, string DisplayName, string TestCode, string Currency, long Balance);
