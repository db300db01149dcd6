using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// The ledger invariant: every currency sums to zero, every running balance equals its entries, no buyer below zero.
/// System accounts keep no balance row (their balance is their entries' sum), so only the other accounts are compared.
/// </summary>
internal sealed class LedgerCheck(GatewayDbContext db)
{
    public async Task<LedgerCheckResult> RunAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        var byCurrency = await db.LedgerEntries.GroupBy(e => e.Currency)
            .Select(g => new { Currency = g.Key, Sum = g.Sum(e => e.Amount) }).ToListAsync(ct);
        foreach (var c in byCurrency.Where(c => c.Sum != 0))
        {
            problems.Add($"{c.Currency} entries sum to {c.Sum}, not 0");
        }
        var sums = await db.LedgerEntries.GroupBy(e => new { e.Account, e.Currency })
            .Select(g => new { g.Key.Account, g.Key.Currency, Sum = g.Sum(e => e.Amount) }).ToListAsync(ct);
        // A row a system account kept before decision 010 is history, not a running balance: it is not compared.
        var balances = (await db.LedgerBalances.AsNoTracking().ToListAsync(ct)).Where(b => !LedgerAccounts.IsSummedOnRead(b.Account)).ToList();
        foreach (var b in balances)
        {
            var sum = sums.SingleOrDefault(s => s.Account == b.Account && s.Currency == b.Currency)?.Sum ?? 0;
            if (sum != b.Balance)
            {
                problems.Add($"{b.Account} {b.Currency}: balance {b.Balance} but entries sum to {sum}");
            }
            if (LedgerAccounts.IsBuyer(b.Account) && b.Balance < 0)
            {
                problems.Add($"{b.Account} {b.Currency} is overdrawn: {b.Balance}");
            }
        }
        foreach (var s in sums.Where(s => !LedgerAccounts.IsSummedOnRead(s.Account) && !balances.Any(b => b.Account == s.Account && b.Currency == s.Currency)))
        {
            problems.Add($"{s.Account} {s.Currency} has entries but no balance row");
        }
        return new LedgerCheckResult(problems.Count == 0, byCurrency.ToDictionary(c => c.Currency, c => c.Sum), problems);
    }
}
