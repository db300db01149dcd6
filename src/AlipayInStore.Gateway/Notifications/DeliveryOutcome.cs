namespace AlipayInStore.Gateway.Notifications;

/// <summary>What a delivery left to record: the claimed row, the claim it was sent under, and the attempt (null: no notify URL).</summary>
internal sealed record DeliveryOutcome(Notification Notification, string Claim, NotificationAttempt? Attempt);
