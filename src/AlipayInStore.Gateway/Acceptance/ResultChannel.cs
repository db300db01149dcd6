namespace AlipayInStore.Gateway.Acceptance;

/// <summary>How the till learns the result of a customer-scan order.</summary>
internal enum ResultChannel
{
    Notification,
    Polling,
    Both,
}
