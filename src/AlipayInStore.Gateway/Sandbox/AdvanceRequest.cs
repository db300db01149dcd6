namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: AdvanceRequest.</summary>
internal sealed record AdvanceRequest(double Seconds);
