namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: what a reset put back.</summary>
internal sealed record ResetView(string FirstPartnerId, IReadOnlyList<string> Buyers, string Message);
