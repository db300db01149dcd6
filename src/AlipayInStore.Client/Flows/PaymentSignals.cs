using System.Collections.Concurrent;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client;

/// <summary>
/// Connects the notification receiver to waiting customer-scan flows in the same process: a verified
/// payment notification wakes the wait for its <c>merchantTransId</c> at once instead of at the next poll.
/// </summary>
public sealed class PaymentSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PayNotification>> _waiters = new(StringComparer.Ordinal);

    /// <summary>Wakes the flow waiting for this notification's <c>merchantTransId</c>, if any.</summary>
    public void Publish(PayNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.MerchantTransId is { } id && _waiters.TryRemove(id, out var waiter))
        {
            waiter.TrySetResult(notification);
        }
    }

    /// <summary>Completes when a notification for <paramref name="merchantTransId"/> is published.</summary>
    public Task<PayNotification> WaitAsync(string merchantTransId, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(merchantTransId, _ => new TaskCompletionSource<PayNotification>(TaskCreationOptions.RunContinuationsAsynchronously));
        return waiter.Task.WaitAsync(cancellationToken);
    }

    internal void Forget(string merchantTransId) => _waiters.TryRemove(merchantTransId, out _);
}
