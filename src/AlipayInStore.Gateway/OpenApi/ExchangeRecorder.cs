using System.Threading.Channels;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>
/// Stores exchanges after the answer is sent, in batches of their own unit of work: never inside a money movement,
/// and one commit (one fsync) for many exchanges instead of one each (on SQLite, the group commit's, shared with the pays). Drained on shutdown. A batch the database
/// refuses is stored row by row; a row it still refuses is stored with its text made storable and marked
/// <see cref="Exchange.Repaired"/>; one refused even then is counted in <see cref="Dropped"/> and logged.
/// </summary>
internal sealed class ExchangeRecorder(IDbContextFactory<GatewayDbContext> factory, ILogger<ExchangeRecorder> logger) : BackgroundService
{
    private const int BatchSize = 256;
    private readonly Channel<Exchange> _queue = Channel.CreateUnbounded<Exchange>(new UnboundedChannelOptions { SingleReader = true });
    private long _pending;
    private long _dropped;

    /// <summary>Exchanges queued but not yet stored.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Exchanges the database refused even with their text made storable (each one also logged).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Waits (at most <paramref name="max"/>) until every exchange queued so far is stored, so graders see all traffic.</summary>
    public async Task WaitUntilStoredAsync(TimeSpan max, TimeProvider time, CancellationToken ct)
    {
        var deadline = time.GetTimestamp() + (long)(max.TotalSeconds * time.TimestampFrequency);
        while (Pending > 0 && time.GetTimestamp() < deadline)
        {
            await Task.Delay(10, ct);
        }
    }

    public void Record(Exchange exchange)
    {
        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite(exchange);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Exchange>(BatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await DrainAsync(batch);
            }
        }
        catch (OperationCanceledException)
        {
        }
        await DrainAsync(batch);
    }

    private async Task DrainAsync(List<Exchange> batch)
    {
        while (_queue.Reader.TryRead(out var exchange))
        {
            batch.Add(exchange);
            if (batch.Count == BatchSize)
            {
                await StoreAsync(batch);
            }
        }
        await StoreAsync(batch);
    }

    private async Task StoreAsync(List<Exchange> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }
        if (!await TrySaveAsync(batch))
        {
            // One bad row must not cost the others their record: store them one by one.
            foreach (var exchange in batch)
            {
                if (batch.Count == 1 || !await TrySaveAsync([exchange]))
                {
                    await StoreRepairedAsync(exchange);
                }
            }
        }
        Interlocked.Add(ref _pending, -batch.Count);
        batch.Clear();
    }

    private async Task StoreRepairedAsync(Exchange exchange)
    {
        exchange.MakeStorable();
        if (await TrySaveAsync([exchange]))
        {
            Log.ExchangeRepaired(logger, exchange.Path);
            return;
        }
        Log.ExchangeDropped(logger, exchange.Path, Interlocked.Increment(ref _dropped));
    }

    private async Task<bool> TrySaveAsync(IReadOnlyCollection<Exchange> exchanges)
    {
        try
        {
            // A unit of work like any other: on SQLite it rides in the group commit's next batch (no write lock of its
            // own for the pays' writer to wait on, and the INSERT prepared once on the writer's connection).
            await using var db = await factory.CreateDbContextAsync();
            return await UnitOfWork.RunAsync(db, async ct =>
            {
                foreach (var exchange in exchanges)
                {
                    await Rows.InsertAsync(db, exchange, ct);
                }
                return true;
            }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ExchangeNotRecorded(logger, exchanges.First().Path, exchanges.Count, ex);
            return false;
        }
    }
}
