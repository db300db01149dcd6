using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace AlipayInStore.Gateway.Tests.Support;

/// <summary>
/// Which database the gateway tests run on. <c>ALIPAY_INSTORE_TEST_PROVIDER=postgres</c> runs them on the PostgreSQL
/// server in <c>ALIPAY_INSTORE_TEST_POSTGRES</c> (./build.sh test starts a throw-away one and runs the suite on both),
/// each gateway on a database of its own; anything else runs them on a SQLite file in the gateway's data folder.
/// </summary>
internal static class TestDatabase
{
    public const string ProviderVariable = "ALIPAY_INSTORE_TEST_PROVIDER";
    public const string ServerVariable = "ALIPAY_INSTORE_TEST_POSTGRES";

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server's connection string (maintenance database); a missing one fails the test with what to do.</summary>
    public static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{ProviderVariable}=postgres needs {ServerVariable}, e.g. \"Host=127.0.0.1;Port=5432;Username=postgres\". " +
                "./build.sh test starts a throw-away PostgreSQL cluster and sets it.");

    /// <summary>
    /// Null on SQLite (the gateway's default file). On PostgreSQL, a database named after <paramref name="dataDirectory"/>,
    /// created when missing, so a gateway restarted on the same folder finds its data again.
    /// </summary>
    public static async Task<string?> ConnectionStringForAsync(string dataDirectory)
    {
        if (!IsPostgres)
        {
            return null;
        }
        var name = "aig_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)))[..24];
        await CreateDatabaseAsync(name);
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>A fresh, empty database on the test server.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var name = "aig_" + Guid.NewGuid().ToString("N")[..24];
        await CreateDatabaseAsync(name);
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    private static async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException($"No PostgreSQL server answers at {ServerVariable}={Server}: {ex.Message}", ex);
        }
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Closes the pooled connections of a finished gateway so many fixtures stay under the server's connection limit.</summary>
    public static void Release(string? connectionString)
    {
        if (connectionString is not null)
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
