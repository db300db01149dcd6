using System.Collections.Concurrent;

namespace AlipayInStore.Client;

/// <summary>The default <see cref="IAlipayNotificationStore"/>: the most recent keys of this process, in memory.</summary>
public sealed class InMemoryNotificationStore : IAlipayNotificationStore
{
    private readonly ConcurrentDictionary<string, bool> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity;

    /// <summary>Keeps up to <paramref name="capacity"/> completed keys (oldest forgotten first).</summary>
    public InMemoryNotificationStore(int capacity = 100_000) => _capacity = capacity;

    /// <summary>Created by dependency injection with the default capacity.</summary>
    public InMemoryNotificationStore()
        : this(100_000)
    {
    }

    /// <inheritdoc />
    public ValueTask<NotificationClaim> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        if (_keys.TryAdd(key, false))
        {
            return ValueTask.FromResult(NotificationClaim.New);
        }
        return ValueTask.FromResult(_keys.TryGetValue(key, out var done) && done ? NotificationClaim.AlreadyProcessed : NotificationClaim.InProgress);
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string key, CancellationToken cancellationToken)
    {
        _keys[key] = true;
        _order.Enqueue(key);
        while (_order.Count > _capacity && _order.TryDequeue(out var oldest))
        {
            _keys.TryRemove(oldest, out _);
        }
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        _keys.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }
}
