namespace AlipayInStore.Cli.Sandbox;

/// <summary>A sandbox buyer as listed in the CLI profile.</summary>
internal sealed record CliProfileBuyer(string BuyerId, string TestCode);
