using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>Makes contexts of the configured provider; the rest of the gateway only sees <see cref="GatewayDbContext"/>.</summary>
internal sealed class GatewayDbContextFactory(DbContextOptions<SqliteGatewayDbContext> options) : IDbContextFactory<GatewayDbContext>
{
    public GatewayDbContext CreateDbContext() => new SqliteGatewayDbContext(options);
}
