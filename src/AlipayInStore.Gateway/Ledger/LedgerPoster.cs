using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// Posts journals inside the caller's database transaction: entries appended, balances moved by conditional
/// updates. The caller's SaveChanges and commit make the money movement, its status change and its outbox row one unit.
/// </summary>
internal static class LedgerPoster
{
    /// <summary>Posts <paramref name="lines"/> as one journal.</summary>
    /// <param name="guardAccount">An account whose balance must not go below zero; when it would, nothing is posted and false is returned.</param>
    public static async Task<bool> PostAsync(
        GatewayDbContext db, LedgerEntryKind kind, long? paymentId, long? refundId, DateTimeOffset at,
        IReadOnlyList<LedgerLine> lines, string? guardAccount, CancellationToken ct)
    {
        foreach (var currency in lines.GroupBy(l => l.Currency))
        {
            if (currency.Sum(l => l.Amount) != 0)
            {
                throw new InvalidOperationException($"Unbalanced journal in {currency.Key}: {string.Join(", ", currency)}");
            }
        }
        var journal = Guid.CreateVersion7().ToString("N");
        foreach (var line in lines.Where(l => l.Amount != 0).OrderBy(l => l.Account == guardAccount ? 0 : 1))
        {
            var guarded = line.Account == guardAccount && line.Amount < 0;
            var amount = line.Amount;
            if (LedgerAccounts.IsSummedOnRead(line.Account) && !guarded)
            {
                db.LedgerEntries.Add(new LedgerEntry(journal, kind, line.Account, line.Currency, amount, paymentId, refundId, at));
                continue;
            }
            if (!await MoveAsync(db, line, guarded, ct))
            {
                if (guarded)
                {
                    return false;
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
            db.LedgerEntries.Add(new LedgerEntry(journal, kind, line.Account, line.Currency, amount, paymentId, refundId, at));
        }
        return true;
    }

    // One conditional UPDATE: the row lock (PostgreSQL) or the single writer (SQLite) keeps the guard honest under concurrency.
    private static async Task<bool> MoveAsync(GatewayDbContext db, LedgerLine line, bool guarded, CancellationToken ct)
    {
        var amount = line.Amount;
        var updated = await db.LedgerBalances
            .Where(b => b.Account == line.Account && b.Currency == line.Currency && (!guarded || b.Balance + amount >= 0))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Balance, b => b.Balance + amount), ct);
        return updated == 1;
    }
}
