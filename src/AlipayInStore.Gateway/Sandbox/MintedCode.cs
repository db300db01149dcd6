namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: MintedCode.</summary>
internal sealed record MintedCode(string Code, string ExpiresAt);
