using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AlipayInStore.Gateway.Data;

/// <summary>Lets <c>dotnet ef migrations add --context NpgsqlGatewayDbContext</c> build the PostgreSQL context (no server is contacted).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlGatewayDbContext>
{
    public NpgsqlGatewayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlGatewayDbContext>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
