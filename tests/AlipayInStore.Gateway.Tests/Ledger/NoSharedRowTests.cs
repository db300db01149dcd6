using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AlipayInStore.Gateway.Tests.Ledger;

/// <summary>
/// No global hot row (decision 010): a pay moves only its merchant's and its buyer's balance rows; the system accounts
/// (fees, fx, external) are entries summed on read. Runs on SQLite and PostgreSQL.
/// </summary>
public sealed class NoSharedRowTests
{
    [Fact]
    public async Task PaysOfTwoMerchants_SystemAccountsKeepNoBalanceRow_FeesSummedFromEntries()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var (a, b) = (await OnboardedClient.CreateAsync(gateway), await OnboardedClient.CreateAsync(gateway));
        Assert.Equal("SUCCESS", (await a.Client.PayAsync("ROW-A", "1000")).Code);
        Assert.Equal("SUCCESS", (await b.Client.PayAsync("ROW-B", "200", b.Client.BobCode)).Code);

        var accounts = await gateway.WithDbAsync(db => db.LedgerBalances.Select(r => r.Account).ToListAsync());
        Assert.DoesNotContain(LedgerAccounts.Fees, accounts);
        Assert.DoesNotContain(LedgerAccounts.Fx, accounts);
        Assert.Contains(LedgerAccounts.Merchant(a.PartnerId), accounts);
        Assert.Contains(LedgerAccounts.Merchant(b.PartnerId), accounts);
        var fees = await gateway.WithDbAsync(db => db.LedgerEntries.Where(e => e.Account == LedgerAccounts.Fees).SumAsync(e => e.Amount));
        var charged = await gateway.WithDbAsync(db => db.Payments.Where(p => p.MerchantTransId.StartsWith("ROW-")).SumAsync(p => p.FeeAmount));
        Assert.Equal(charged, fees);
        await gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Postgres_OneMerchantsRowsLocked_AnotherMerchantsPayDoesNotWait()
    {
        // The lock is a PostgreSQL row lock: on the SQLite run this test uses a fresh PostgreSQL database of its own.
        var database = TestDatabase.IsPostgres ? null : await TestDatabase.NewDatabaseAsync();
        await using var gateway = await GatewayFixture.StartAsync(connectionString: database);
        var (a, b) = (await OnboardedClient.CreateAsync(gateway), await OnboardedClient.CreateAsync(gateway));
        Assert.Equal("SUCCESS", (await a.Client.PayAsync("LOCK-A-1", "1000")).Code);
        Assert.Equal("SUCCESS", (await b.Client.PayAsync("LOCK-B-1", "100", b.Client.BobCode)).Code);

        // Merchant A's transaction stays open holding every balance row but merchant B's and B's buyer's (bob):
        // everything a pay of A moves, and every row shared by all merchants, were there one.
        await using var held = new NpgsqlConnection(gateway.ConnectionString);
        await held.OpenAsync();
        await using var tx = await held.BeginTransactionAsync();
        await using (var lockRows = new NpgsqlCommand(
            "SELECT \"Account\" FROM ledger_balances WHERE \"Account\" NOT IN (@merchant, @buyer) FOR UPDATE", held, tx))
        {
            lockRows.Parameters.AddWithValue("merchant", LedgerAccounts.Merchant(b.PartnerId));
            lockRows.Parameters.AddWithValue("buyer", LedgerAccounts.Buyer("bob"));
            await using var reader = await lockRows.ExecuteReaderAsync();
            var locked = new List<string>();
            while (await reader.ReadAsync())
            {
                locked.Add(reader.GetString(0));
            }
            Assert.Contains(LedgerAccounts.Merchant(a.PartnerId), locked);
        }

        var pay = b.Client.PayAsync("LOCK-B-2", "150", b.Client.BobCode);
        var finished = await Task.WhenAny(pay, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == pay, "merchant B's pay waited on a row merchant A's open transaction holds");
        Assert.Equal("SUCCESS", (await pay).Code);

        await tx.RollbackAsync();
        Assert.Equal("SUCCESS", (await a.Client.PayAsync("LOCK-A-2", "1000")).Code);
        await gateway.AssertLedgerBalancedAsync();
    }
}
