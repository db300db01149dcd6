namespace AlipayInStore.Client.Sandbox;

/// <summary>A minted single-use payment code (<c>POST /sandbox/buyers/{buyerId}/codes</c>).</summary>
/// <param name="Code">18 digits starting 28.</param>
/// <param name="ExpiresAt">When it expires on the sandbox clock (RFC 3339).</param>
public sealed record SandboxPaymentCode(string Code, string ExpiresAt);
