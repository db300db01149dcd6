using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>Makes contexts of the configured provider; the rest of the gateway only sees <see cref="GatewayDbContext"/>.</summary>
internal sealed class GatewayDbContextFactory(DbContextOptions options, GroupCommit? commits = null) : IDbContextFactory<GatewayDbContext>
{
    public GatewayDbContext CreateDbContext() => options switch
    {
        DbContextOptions<NpgsqlGatewayDbContext> postgres => new NpgsqlGatewayDbContext(postgres),
        DbContextOptions<SqliteGatewayDbContext> sqlite => new SqliteGatewayDbContext(sqlite) { Commits = commits },
        _ => throw new InvalidOperationException("Unknown storage provider options: " + options.GetType()),
    };
}
