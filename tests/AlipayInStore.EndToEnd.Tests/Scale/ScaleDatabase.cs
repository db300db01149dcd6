using Npgsql;

namespace AlipayInStore.EndToEnd.Tests.Scale;

/// <summary>A fresh database on the PostgreSQL server of <c>ALIPAY_INSTORE_TEST_POSTGRES</c> (./build.sh test starts one).</summary>
internal static class ScaleDatabase
{
    public const string ServerVariable = "ALIPAY_INSTORE_TEST_POSTGRES";

    public static async Task<string> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            throw new InvalidOperationException(
                $"The scale tests need PostgreSQL: set {ServerVariable} (e.g. \"Host=127.0.0.1;Port=5432;Username=postgres\") " +
                "or run ./build.sh test, which starts a throw-away cluster.");
        }
        var name = "aig_scale_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException($"No PostgreSQL server answers at {ServerVariable}={server}: {ex.Message}", ex);
        }
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
