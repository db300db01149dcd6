using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Data;

/// <summary>Registers storage: SQLite in the data folder by default (WAL, durable commits).</summary>
internal static class StorageSetup
{
    public static string SqliteConnectionString(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "gateway.db")};Default Timeout=30;Pooling=True";

    public static IServiceCollection AddGatewayStorage(this IServiceCollection services, string connectionString)
    {
        var options = new DbContextOptionsBuilder<SqliteGatewayDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteDurability())
            .Options;
        services.AddSingleton(options);
        services.AddSingleton<IDbContextFactory<GatewayDbContext>, GatewayDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<GatewayDbContext>>().CreateDbContext());
        return services;
    }

    /// <summary>Applies migrations and switches the file to write-ahead logging.</summary>
    public static async Task MigrateAsync(GatewayDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
