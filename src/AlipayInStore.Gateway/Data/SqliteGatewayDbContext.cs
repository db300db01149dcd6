using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>The SQLite flavour of the context; its migrations live in Data/Migrations/Sqlite.</summary>
internal sealed class SqliteGatewayDbContext(DbContextOptions<SqliteGatewayDbContext> options) : GatewayDbContext(options)
{
    public override Task<Merchant?> MerchantByClientIdAsync(string clientId, CancellationToken ct) =>
        PayPathQueries<SqliteGatewayDbContext>.MerchantByClientId(this, clientId, ct);

    public override Task<Buyer?> BuyerByTestCodeAsync(string code, CancellationToken ct) =>
        PayPathQueries<SqliteGatewayDbContext>.BuyerByTestCode(this, code, ct);
}
