namespace AlipayInStore.Client.Sandbox;

/// <summary>What a reset put back (<c>POST /sandbox/reset</c>).</summary>
/// <param name="FirstPartnerId">The seeded merchant's Partner ID.</param>
/// <param name="Buyers">The seeded buyers' ids.</param>
/// <param name="Message">What happened, in words.</param>
public sealed record SandboxReset(string FirstPartnerId, IReadOnlyList<string> Buyers, string Message);
