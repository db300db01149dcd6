namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: ClockView.</summary>
internal sealed record ClockView(string Now, long OffsetSeconds);
