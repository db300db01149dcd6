using System.Globalization;
using System.Text;
using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// Posts journals inside the caller's database transaction, as SQL statements run at once: balances moved by conditional
/// updates, then the entries appended. The caller's SaveChanges and commit make the money movement, its status change and its outbox row one unit.
/// </summary>
internal static class LedgerPoster
{
    /// <summary>Posts <paramref name="lines"/> as one journal: balances moved, then its entries recorded.</summary>
    /// <param name="guardAccount">An account whose balance must not go below zero; when it would, nothing is posted and false is returned.</param>
    public static async Task<bool> PostAsync(
        GatewayDbContext db, LedgerEntryKind kind, long? paymentId, long? refundId, DateTimeOffset at,
        IReadOnlyList<LedgerLine> lines, string? guardAccount, CancellationToken ct)
    {
        if (await MoveAsync(db, kind, at, lines, guardAccount, ct) is not { } journal)
        {
            return false;
        }
        await RecordAsync(db, journal, paymentId, refundId, ct);
        return true;
    }

    /// <summary>
    /// Moves the balances of a journal; null when <paramref name="guardAccount"/> would go below zero (then nothing moved).
    /// Its entries are written by <see cref="RecordAsync"/>, in the same transaction, once the rows they name have ids.
    /// </summary>
    public static async Task<MovedJournal?> MoveAsync(
        GatewayDbContext db, LedgerEntryKind kind, DateTimeOffset at, IReadOnlyList<LedgerLine> lines, string? guardAccount, CancellationToken ct)
    {
        foreach (var currency in lines.GroupBy(l => l.Currency))
        {
            if (currency.Sum(l => l.Amount) != 0)
            {
                throw new InvalidOperationException($"Unbalanced journal in {currency.Key}: {string.Join(", ", currency)}");
            }
        }
        var posted = new List<LedgerLine>(lines.Count);
        foreach (var line in lines.Where(l => l.Amount != 0).OrderBy(l => l.Account == guardAccount ? 0 : 1))
        {
            var guarded = line.Account == guardAccount && line.Amount < 0;
            if (!LedgerAccounts.IsSummedOnRead(line.Account) || guarded)
            {
                if (!await MoveAsync(db, line, guarded, ct))
                {
                    if (guarded)
                    {
                        return null;
                    }
                    // First movement of this account in this currency: create its row at zero, then move it like any other.
                    // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) makes two instances' first movements both succeed:
                    // the second insert waits for the first and does nothing, where an EF insert would break the primary key.
                    await db.Database.ExecuteSqlInterpolatedAsync(
                        $"INSERT INTO ledger_balances (\"Account\", \"Currency\", \"Balance\") VALUES ({line.Account}, {line.Currency}, {0L}) ON CONFLICT DO NOTHING", ct);
                    if (!await MoveAsync(db, line, guarded, ct))
                    {
                        throw new InvalidOperationException($"The balance row of {line.Account} {line.Currency} vanished");
                    }
                }
            }
            posted.Add(line);
        }
        return new MovedJournal(Guid.CreateVersion7().ToString("N"), kind, at, posted);
    }

    /// <summary>
    /// The journal's entries in one INSERT of several rows, in the caller's transaction (columns as LedgerConfiguration
    /// maps them: the kind as its number, the time as UTC ticks): one statement, not one tracked entity per line.
    /// </summary>
    public static Task RecordAsync(GatewayDbContext db, MovedJournal journal, long? paymentId, long? refundId, CancellationToken ct)
    {
        if (journal.Lines.Count == 0)
        {
            return Task.CompletedTask;
        }
        var sql = new StringBuilder("INSERT INTO ledger_entries (\"JournalId\", \"Kind\", \"Account\", \"Currency\", \"Amount\", \"PaymentId\", \"RefundId\", \"At\") VALUES ");
        var values = new List<object?> { journal.Id, (int)journal.Kind, paymentId, refundId, journal.At.UtcTicks };
        foreach (var line in journal.Lines)
        {
            var n = values.Count;
            sql.Append(n == 5 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{0}}, {{1}}, {{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{2}}, {{3}}, {{4}})");
            values.Add(line.Account);
            values.Add(line.Currency);
            values.Add(line.Amount);
        }
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, ct);
    }

    // One conditional UPDATE: the row lock (PostgreSQL) or the single writer (SQLite) keeps the guard honest under concurrency.
    // Written as SQL, not as a LINQ ExecuteUpdate: the statement is the same, without translating an expression tree per pay.
    private static async Task<bool> MoveAsync(GatewayDbContext db, LedgerLine line, bool guarded, CancellationToken ct)
    {
        var amount = line.Amount;
        var updated = guarded
            ? await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE ledger_balances SET \"Balance\" = \"Balance\" + {amount} WHERE \"Account\" = {line.Account} AND \"Currency\" = {line.Currency} AND \"Balance\" + {amount} >= 0", ct)
            : await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE ledger_balances SET \"Balance\" = \"Balance\" + {amount} WHERE \"Account\" = {line.Account} AND \"Currency\" = {line.Currency}", ct);
        return updated == 1;
    }
}
