namespace AlipayInStore.Client.Internal;

/// <summary>Exponential backoff with full jitter, bounded by a maximum delay.</summary>
internal static class Backoff
{
    /// <summary>The delay before attempt <paramref name="nextAttempt"/> (2 for the first retry).</summary>
    public static TimeSpan Delay(int nextAttempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Min(nextAttempt - 2, 16);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        // Half fixed, half random: never zero, never more than the ceiling, so retries of many tills spread out.
        var millis = (ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2);
        return TimeSpan.FromMilliseconds(millis);
    }
}
