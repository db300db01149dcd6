using System.Data.Common;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests;

/// <summary>
/// Every connection the gateway opens commits durably, including a pooled connection opened again (the settings are
/// applied once per native connection, not on each open).
/// </summary>
public sealed class StorageSettingsTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Connection_OpenedRepeatedly_KeepsDurableSettings()
    {
        for (var i = 0; i < 5; i++)
        {
            var settings = await _gateway.WithDbAsync(ReadSettingsAsync);

            if (TestDatabase.IsPostgres)
            {
                Assert.Equal(["on"], settings);
            }
            else
            {
                // synchronous=FULL (2), foreign_keys on, busy_timeout 30 s, temp_store=MEMORY (2)
                Assert.Equal(["2", "1", "30000", "2"], settings);
            }
        }
    }

    private static async Task<string[]> ReadSettingsAsync(GatewayDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            string[] queries = TestDatabase.IsPostgres
                ? ["SHOW synchronous_commit"]
                : ["PRAGMA synchronous", "PRAGMA foreign_keys", "PRAGMA busy_timeout", "PRAGMA temp_store"];
            var values = new List<string>();
            foreach (var query in queries)
            {
                values.Add(await ScalarAsync(connection, query));
            }
            return [.. values];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
