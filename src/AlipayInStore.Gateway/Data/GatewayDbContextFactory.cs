using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// Makes contexts of the configured provider from a pool (EF Core context pooling): a request leases a context whose
/// internal services are already resolved, and returns it reset when its scope ends. The rest of the gateway only sees
/// <see cref="GatewayDbContext"/>.
/// </summary>
internal sealed class GatewayDbContextFactory : IDbContextFactory<GatewayDbContext>
{
    private readonly Func<GatewayDbContext> _lease;

    public GatewayDbContextFactory(DbContextOptions options, GroupCommit? commits = null)
    {
        _lease = options switch
        {
            DbContextOptions<NpgsqlGatewayDbContext> postgres => new PooledDbContextFactory<NpgsqlGatewayDbContext>(postgres).CreateDbContext,
            DbContextOptions<SqliteGatewayDbContext> sqlite => Sqlite(new PooledDbContextFactory<SqliteGatewayDbContext>(sqlite), commits),
            _ => throw new InvalidOperationException("Unknown storage provider options: " + options.GetType()),
        };
    }

    public GatewayDbContext CreateDbContext() => _lease();

    private static Func<GatewayDbContext> Sqlite(PooledDbContextFactory<SqliteGatewayDbContext> pool, GroupCommit? commits) => () =>
    {
        var db = pool.CreateDbContext();
        db.Commits = commits;
        return db;
    };
}
