using System.Diagnostics;
using AlipayInStore.Gateway.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Runs work in one database transaction and retries it from scratch when a concurrent writer won
/// (optimistic concurrency conflict, or a PostgreSQL deadlock between instances). Every money movement goes through here.
/// On SQLite the units of work share transactions through <see cref="GroupCommit"/>.
/// </summary>
internal static class UnitOfWork
{
    private const int MaxAttempts = 20;

    public static Task<T> RunAsync<T>(GatewayDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Commits is { } commits ? commits.RunAsync(db, work, ct) : RunAloneAsync(db, work, ct);

    // One transaction per unit of work: PostgreSQL (concurrent transactions, row locks; decision 010), and contexts made without a queue.
    private static async Task<T> RunAloneAsync<T>(GatewayDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        // A failure anywhere rolls the whole transaction back (and may run it again), so the savepoint EF would wrap
        // around each SaveChanges inside it is never used: two statements per SaveChanges saved.
        db.Database.AutoSavepointsEnabled = false;
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await work(ct);
                using (GatewayTelemetry.StartStep("commit"))
                {
                    var committing = Stopwatch.GetTimestamp();
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    GatewayTelemetry.Committed(committing);
                }
                return result;
            }
            catch (Exception ex) when (attempt < MaxAttempts && (ex is DbUpdateConcurrencyException || DbErrors.IsRetryable(ex)))
            {
                await tx.RollbackAsync(CancellationToken.None);
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), CancellationToken.None);
            }
        }
    }
}
