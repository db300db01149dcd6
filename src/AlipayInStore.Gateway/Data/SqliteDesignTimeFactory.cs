using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AlipayInStore.Gateway.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context (<c>--context SqliteGatewayDbContext</c>).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGatewayDbContext>
{
    public SqliteGatewayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGatewayDbContext>().UseSqlite("Data Source=design.db").Options);
}
