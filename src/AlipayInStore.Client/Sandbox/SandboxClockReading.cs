namespace AlipayInStore.Client.Sandbox;

/// <summary>The sandbox clock (<c>GET /sandbox/clock</c>): real time plus an offset that only moves forward.</summary>
/// <param name="Now">The gateway's time (RFC 3339); take <c>reqTime</c> from it after an advance.</param>
/// <param name="OffsetSeconds">How far the clock is ahead of real time.</param>
public sealed record SandboxClockReading(string Now, long OffsetSeconds);
