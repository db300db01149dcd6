using System.Data.Common;
using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Tests;

/// <summary>
/// Every SQLite connection the gateway opens commits durably, including a pooled connection opened again: the
/// pragmas are applied once per native connection, not on each open. SQLite storage whatever the suite's provider.
/// </summary>
public sealed class StorageSettingsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aig-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task SqliteConnection_OpenedRepeatedly_KeepsDurableSettings()
    {
        Directory.CreateDirectory(_folder);
        await using var services = new ServiceCollection().AddGatewayStorage(StorageSetup.SqliteConnectionString(_folder)).BuildServiceProvider();

        for (var i = 0; i < 5; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var settings = await ReadSettingsAsync(scope.ServiceProvider.GetRequiredService<GatewayDbContext>());

            // synchronous=FULL (2), foreign_keys on, busy_timeout 30 s, temp_store=MEMORY (2)
            Assert.Equal(["2", "1", "30000", "2"], settings);
        }
    }

    [Fact]
    public void PostgresConnectionString_PreparesRepeatedStatements_UnlessTheStringSaysOtherwise()
    {
        var given = new Npgsql.NpgsqlConnectionStringBuilder(StorageSetup.PostgresConnectionString("Host=db;Database=gateway"));
        var mine = new Npgsql.NpgsqlConnectionStringBuilder(StorageSetup.PostgresConnectionString("Host=db;Database=gateway;Max Auto Prepare=0"));
        var spelledTogether = new Npgsql.NpgsqlConnectionStringBuilder(StorageSetup.PostgresConnectionString("Host=db;MaxAutoPrepare=5"));

        Assert.Equal((64, 2, "db", "gateway"), (given.MaxAutoPrepare, given.AutoPrepareMinUsages, given.Host, given.Database));
        Assert.Equal((0, 5), (mine.MaxAutoPrepare, spelledTogether.MaxAutoPrepare));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<string[]> ReadSettingsAsync(GatewayDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            string[] pragmas = ["synchronous", "foreign_keys", "busy_timeout", "temp_store"];
            var values = new string[pragmas.Length];
            for (var i = 0; i < pragmas.Length; i++)
            {
                values[i] = await ScalarAsync(connection, "PRAGMA " + pragmas[i]);
            }
            return values;
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
