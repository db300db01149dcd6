namespace AlipayInStore.Client;

/// <summary>What <see cref="IAlipayNotificationStore.TryClaimAsync"/> found for a notification key.</summary>
public enum NotificationClaim
{
    /// <summary>Never seen: the caller now owns it and must complete or release it.</summary>
    New,
    /// <summary>Handled before: acknowledge without calling the handler again.</summary>
    AlreadyProcessed,
    /// <summary>Being handled right now by another delivery: answer non-success so the gateway tries again later.</summary>
    InProgress,
}
