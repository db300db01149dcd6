namespace AlipayInStore.Client;

/// <summary>
/// Remembers which notifications were handled, so a duplicate delivery does not call the handler twice.
/// The default keeps keys in memory; implement it over your database to survive restarts and span instances.
/// </summary>
public interface IAlipayNotificationStore
{
    /// <summary>Claims <paramref name="key"/> for handling, atomically.</summary>
    ValueTask<NotificationClaim> TryClaimAsync(string key, CancellationToken cancellationToken);

    /// <summary>Records that the handler succeeded for <paramref name="key"/>.</summary>
    ValueTask CompleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Gives up a claim after the handler failed, so the next delivery handles it again.</summary>
    ValueTask ReleaseAsync(string key, CancellationToken cancellationToken);
}
