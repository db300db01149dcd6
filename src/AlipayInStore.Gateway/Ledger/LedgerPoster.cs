using System.Globalization;
using System.Text;
using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// Posts journals inside the caller's database transaction, as SQL statements run at once: the guarded balance moved by a
/// conditional update, then the other balances moved and the entries appended in one command.
/// The caller's SaveChanges and commit make the money movement, its status change and its outbox row one unit.
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
    /// Moves the guarded lines of a journal (<paramref name="guardAccount"/>'s debits) by a conditional update; null when it
    /// would go below zero (then nothing moved). The other lines' balances move in <see cref="RecordAsync"/>, with the
    /// entries, in the same transaction, once the rows they name have ids.
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
        var posted = lines.Where(l => l.Amount != 0).OrderBy(l => l.Account == guardAccount ? 0 : 1).ToList();
        foreach (var line in posted.Where(l => IsGuarded(l, guardAccount)))
        {
            if (!await MoveGuardedAsync(db, line, ct))
            {
                return null;
            }
        }
        return new MovedJournal(Guid.CreateVersion7().ToString("N"), kind, at, posted, guardAccount);
    }

    /// <summary>
    /// Moves the journal's remaining balances and appends its entries, as one command of several statements (one round
    /// trip on PostgreSQL): the balance rows a pay locks (its merchant's) are taken as late as possible, so pays of one
    /// merchant wait for each other only from here to the commit (decision 011). Each balance moves by an upsert (the
    /// first movement of an account in a currency creates its row; two instances' first movements both succeed: the
    /// second waits for the first and adds to it). The entries go in one INSERT of several rows (columns as
    /// LedgerConfiguration maps them: the kind as its number, the time as UTC ticks), not one tracked entity per line.
    /// </summary>
    public static Task RecordAsync(GatewayDbContext db, MovedJournal journal, long? paymentId, long? refundId, CancellationToken ct)
    {
        if (journal.Lines.Count == 0)
        {
            return Task.CompletedTask;
        }
        var sql = new StringBuilder();
        var values = new List<object?> { journal.Id, (int)journal.Kind, paymentId, refundId, journal.At.UtcTicks };
        foreach (var line in journal.Lines.Where(l => !IsGuarded(l, journal.GuardAccount) && !LedgerAccounts.IsSummedOnRead(l.Account)))
        {
            var n = values.Count;
            sql.Append(CultureInfo.InvariantCulture,
                $"INSERT INTO ledger_balances (\"Account\", \"Currency\", \"Balance\") VALUES ({P(n)}, {P(n + 1)}, {P(n + 2)}) ON CONFLICT (\"Account\", \"Currency\") DO UPDATE SET \"Balance\" = ledger_balances.\"Balance\" + excluded.\"Balance\";\n");
            values.Add(line.Account);
            values.Add(line.Currency);
            values.Add(line.Amount);
        }
        sql.Append("INSERT INTO ledger_entries (\"JournalId\", \"Kind\", \"Account\", \"Currency\", \"Amount\", \"PaymentId\", \"RefundId\", \"At\") VALUES ");
        var first = true;
        foreach (var line in journal.Lines)
        {
            var n = values.Count;
            sql.Append(first ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({P(0)}, {P(1)}, {P(n)}, {P(n + 1)}, {P(n + 2)}, {P(2)}, {P(3)}, {P(4)})");
            values.Add(line.Account);
            values.Add(line.Currency);
            values.Add(line.Amount);
            first = false;
        }
        // The text depends only on the journal's shape (how many lines, which are moved here), so a pay's is prepared once.
        return Statements.ExecuteAsync(db, sql.ToString(), values, ct);
    }

    private static bool IsGuarded(LedgerLine line, string? guardAccount) => line.Account == guardAccount && line.Amount < 0;

    // One conditional UPDATE: the row lock (PostgreSQL) or the single writer (SQLite) keeps the guard honest under concurrency.
    // Written as SQL, not as a LINQ ExecuteUpdate: the statement is the same, without translating an expression tree per pay.
    private static async Task<bool> MoveGuardedAsync(GatewayDbContext db, LedgerLine line, CancellationToken ct) =>
        await Statements.ExecuteAsync(db,
            "UPDATE ledger_balances SET \"Balance\" = \"Balance\" + @p0 WHERE \"Account\" = @p1 AND \"Currency\" = @p2 AND \"Balance\" + @p0 >= 0",
            [line.Amount, line.Account, line.Currency], ct) == 1;

    private static string P(int index) => Statements.ParameterName(index);
}
