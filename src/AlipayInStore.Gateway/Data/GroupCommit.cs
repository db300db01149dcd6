using System.Diagnostics;
using System.Threading.Channels;
using AlipayInStore.Gateway.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Group commit for SQLite (decision 010): units of work wait in one queue, a single writer runs what has gathered
/// as one transaction — each unit inside its own savepoint, on its own context lent the writer's connection — and
/// commits once (one fsync). Every caller gets its answer, success or failure, only after that commit is durable,
/// so no answer ever speaks of a write that could still be lost, and a unit that reads another's write sees it
/// committed. One unit's failure rolls back only its savepoint; the others commit.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    // Enough to share one fsync among the pays two cores can sign meanwhile; a bigger batch only delays its first answer.
    private const int MaxBatch = 64;
    private const int MaxAttempts = 20;

    private readonly string _connectionString;
    private readonly Channel<IUnit> _queue = Channel.CreateUnbounded<IUnit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _writer;

    public GroupCommit(string connectionString)
    {
        _connectionString = connectionString;
        // The writer belongs to no request: it must not carry the first caller's trace (or other async-local state) forever.
        _writer = new Lazy<Task>(() =>
        {
            using (ExecutionContext.SuppressFlow())
            {
                return Task.Run(WriteAsync);
            }
        });
    }

    /// <summary>Runs <paramref name="work"/> on <paramref name="db"/> in the next batch; returns after its commit.</summary>
    public Task<T> RunAsync<T>(GatewayDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var unit = new Unit<T>(db, work, Activity.Current);
        if (!_queue.Writer.TryWrite(unit))
        {
            throw new ObjectDisposedException(nameof(GroupCommit));
        }
        _ = _writer.Value;
        return unit.Answer.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer.IsValueCreated)
        {
            await _writer.Value;
        }
    }

    private async Task WriteAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        var batch = new List<IUnit>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var unit))
            {
                batch.Add(unit);
            }
            await CommitAsync(connection, batch);
            batch.Clear();
        }
    }

    private static async Task CommitAsync(SqliteConnection connection, List<IUnit> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (connection.State != System.Data.ConnectionState.Open)
                {
                    await connection.OpenAsync();
                    await SqliteDurability.ApplyAsync(connection);
                }
                // BEGIN IMMEDIATE: the write lock is taken (or waited for) once, before any unit runs.
                await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
                foreach (var unit in batch)
                {
                    await unit.RunAsync(connection, tx);
                }
                // Each request's trace shows the commit it waited for: one "commit" span under each, over the shared commit.
                var spans = batch.Select(unit => unit.StartCommitSpan(batch.Count)).ToList();
                try
                {
                    var committing = Stopwatch.GetTimestamp();
                    await tx.CommitAsync();
                    GatewayTelemetry.Committed(committing);
                }
                finally
                {
                    spans.ForEach(span => span?.Dispose());
                }
                break;
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsBusy(ex))
            {
                // Another writer (outside the queue) held the lock past the busy timeout: run the whole batch again.
                await connection.CloseAsync();
                await Task.Delay(Random.Shared.Next(1, 5 * attempt));
            }
            catch (Exception ex)
            {
                // The commit itself failed: nothing of the batch is durable, and every unit says so.
                await connection.CloseAsync();
                foreach (var unit in batch)
                {
                    unit.Fail(ex);
                }
                return;
            }
        }
        foreach (var unit in batch)
        {
            unit.Answer();
        }
    }

    private static bool IsBusy(Exception ex) => ex is SqliteException { SqliteErrorCode: 5 or 6 };

    private interface IUnit
    {
        Task RunAsync(SqliteConnection connection, SqliteTransaction tx);

        Activity? StartCommitSpan(int batchSize);

        void Answer();

        void Fail(Exception ex);
    }

    private sealed class Unit<T>(GatewayDbContext db, Func<CancellationToken, Task<T>> work, Activity? activity) : IUnit
    {
        private T? _result;
        private Exception? _error;

        public TaskCompletionSource<T> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(SqliteConnection connection, SqliteTransaction tx)
        {
            (_result, _error) = (default, null);
            var previous = Activity.Current;
            Activity.Current = activity;
            var own = db.Database.GetDbConnection().ConnectionString;
            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            try
            {
                db.Database.AutoSavepointsEnabled = false;
                await db.Database.UseTransactionAsync(tx);
                for (var attempt = 1; ; attempt++)
                {
                    db.ChangeTracker.Clear();
                    await SavepointAsync(db, "SAVEPOINT unit");
                    try
                    {
                        _result = await work(CancellationToken.None);
                        await db.SaveChangesAsync(CancellationToken.None);
                        await SavepointAsync(db, "RELEASE unit");
                        return;
                    }
                    catch (Exception ex) when (!IsBusy(ex))
                    {
                        await SavepointAsync(db, "ROLLBACK TO unit");
                        if (attempt >= MaxAttempts || ex is not DbUpdateConcurrencyException)
                        {
                            _error = ex;
                            return;
                        }
                    }
                }
            }
            finally
            {
                await db.Database.UseTransactionAsync(null);
                db.Database.SetDbConnection(new SqliteConnection(own), contextOwnsConnection: true);
                Activity.Current = previous;
            }
        }

        // Prepared once on the writer's connection (SqliteTransaction.Save and its kin parse their statement every time).
        private static Task SavepointAsync(GatewayDbContext db, string sql) => Statements.ExecuteAsync(db, sql, [], CancellationToken.None);

        public Activity? StartCommitSpan(int batchSize)
        {
            var previous = Activity.Current;
            Activity.Current = activity;
            var span = GatewayTelemetry.StartStep("commit");
            span?.SetTag("alipay.commit.batch_size", batchSize);
            Activity.Current = previous;
            return span;
        }

        void IUnit.Answer()
        {
            if (_error is not null)
            {
                Answer.TrySetException(_error);
            }
            else
            {
                Answer.TrySetResult(_result!);
            }
        }

        public void Fail(Exception ex) => Answer.TrySetException(ex);
    }
}
