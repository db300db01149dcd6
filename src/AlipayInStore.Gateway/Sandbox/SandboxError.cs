namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: SandboxError.</summary>
internal sealed record SandboxError(string Error);
