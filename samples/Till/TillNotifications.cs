using System.Collections.Concurrent;
using AlipayInStore.Client;

namespace Till;

/// <summary>What the till's receiver got. A real till records the payment in its own database here.</summary>
public sealed class TillNotifications
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AlipayNotification>> _paid = new();

    public void Record(AlipayNotification notification)
    {
        Console.WriteLine(notification.Payment is { } p
            ? $"Notification: {p.MerchantTransId} paid {p.PayAmount?.Value} {p.PayAmount?.Currency} (acquirementId {p.AcquirementId})"
            : $"Notification: refund {notification.Refund!.MerchantRefundId} of {notification.Refund.AcquirementId}");
        if (notification.Payment is { MerchantTransId: { } id })
        {
            Waiter(id).TrySetResult(notification);
        }
    }

    /// <summary>Waits for the notify.pay of one transaction.</summary>
    public Task<AlipayNotification> PaidAsync(string merchantTransId, TimeSpan timeout) => Waiter(merchantTransId).Task.WaitAsync(timeout);

    private TaskCompletionSource<AlipayNotification> Waiter(string id) => _paid.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
