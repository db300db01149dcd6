using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Registers storage: SQLite in the data folder by default (WAL, durable commits), or PostgreSQL when the
/// connection string names a host (<c>Host=…</c>), for several gateway instances over one database.
/// </summary>
internal static class StorageSetup
{
    public static string SqliteConnectionString(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "gateway.db")};Default Timeout=30;Pooling=True";

    /// <summary>True for an Npgsql connection string (it has a <c>Host</c> or <c>Server</c> key); SQLite ones have <c>Data Source</c>.</summary>
    public static bool IsPostgres(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.ContainsKey("Host") || builder.ContainsKey("Server");
    }

    /// <summary>
    /// The PostgreSQL connection string the gateway uses: as given, plus automatic preparation of its repeated statements
    /// (<c>Max Auto Prepare=64</c>, after 2 uses) unless the string sets it. A prepared statement is parsed and planned
    /// once per connection, not on every pay (measured: docs/decisions/010-group-commit-and-no-hot-row.md, follow-up).
    /// Also <c>No Reset On Close=true</c> unless the string sets it: the gateway leaves no session state on a connection
    /// (no SET, temporary table, advisory lock or LISTEN), and with prepared statements kept Npgsql would otherwise reset a
    /// returned connection with seven statements the server runs before the next command — several times a pay, since
    /// every query outside a transaction rents and returns a connection (decision 011).
    /// </summary>
    public static string PostgresConnectionString(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }

    public static IServiceCollection AddGatewayStorage(this IServiceCollection services, string connectionString)
    {
        var postgres = IsPostgres(connectionString);
        DbContextOptions options = postgres
            ? new DbContextOptionsBuilder<NpgsqlGatewayDbContext>().UseNpgsql(PostgresConnectionString(connectionString)).Options
            : new DbContextOptionsBuilder<SqliteGatewayDbContext>().UseSqlite(connectionString).AddInterceptors(new SqliteDurability()).Options;
        services.AddSingleton(options);
        if (postgres)
        {
            services.AddSingleton<IDbContextFactory<GatewayDbContext>, GatewayDbContextFactory>();
        }
        else
        {
            // One writer queue per database file: its units of work share commits (decision 010).
            services.AddSingleton(_ => new GroupCommit(connectionString));
            services.AddSingleton<IDbContextFactory<GatewayDbContext>>(sp => new GatewayDbContextFactory(options, sp.GetRequiredService<GroupCommit>()));
        }
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<GatewayDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Applies migrations (EF Core serialises concurrent migrators with a lock); SQLite also switches to write-ahead logging.</summary>
    public static async Task MigrateAsync(GatewayDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
