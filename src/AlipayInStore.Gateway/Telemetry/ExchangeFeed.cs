using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace AlipayInStore.Gateway.Telemetry;

/// <summary>
/// Live fan-out of exchanges to <c>logs tail</c> streams of this instance. A slow reader loses its oldest events,
/// never slows the API: each subscriber has a bounded queue that drops from the front.
/// </summary>
internal sealed class ExchangeFeed
{
    private const int QueueLength = 1024;
    private readonly ConcurrentDictionary<Channel<ExchangeEvent>, ExchangeFilter> _subscribers = new();

    public int Subscribers => _subscribers.Count;

    public void Publish(in ExchangeSummary exchange)
    {
        if (_subscribers.IsEmpty)
        {
            return;
        }
        var e = new ExchangeEvent(
            exchange.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture), exchange.Function, exchange.ClientId,
            exchange.ResultStatus, exchange.ResultCode, exchange.Verification, Math.Round(exchange.DurationMs, 1),
            exchange.MerchantTransId, exchange.AcquirementId, exchange.MerchantRefundId,
            Activity.Current is { Recorded: true } current ? current.TraceId.ToHexString() : null);
        foreach (var (channel, filter) in _subscribers)
        {
            if (filter.Matches(e))
            {
                channel.Writer.TryWrite(e);
            }
        }
    }

    /// <summary>Events from now on that pass <paramref name="filter"/>, until <paramref name="ct"/> ends the stream.</summary>
    public async IAsyncEnumerable<ExchangeEvent> SubscribeAsync(ExchangeFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<ExchangeEvent>(new BoundedChannelOptions(QueueLength) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        _subscribers[channel] = filter;
        try
        {
            while (await WaitAsync(channel.Reader, ct))
            {
                while (channel.Reader.TryRead(out var e))
                {
                    yield return e;
                }
            }
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
        }
    }

    private static async Task<bool> WaitAsync(ChannelReader<ExchangeEvent> reader, CancellationToken ct)
    {
        try
        {
            return await reader.WaitToReadAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
