namespace AlipayInStore.Gateway.Hosting;

/// <summary>Control API JSON: SandboxError.</summary>
internal sealed record SandboxError(string Error);
