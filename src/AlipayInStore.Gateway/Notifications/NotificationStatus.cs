namespace AlipayInStore.Gateway.Notifications;

/// <summary>Delivery state of a notification.</summary>
internal enum NotificationStatus
{
    Pending = 0,
    Delivered = 1,
    Failed = 2,
}
