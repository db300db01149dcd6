using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>The PostgreSQL flavour of the context, for several gateway instances over one database; its migrations live in Data/Migrations/Postgres.</summary>
internal sealed class NpgsqlGatewayDbContext(DbContextOptions<NpgsqlGatewayDbContext> options) : GatewayDbContext(options)
{
    public override Task<Merchant?> MerchantByClientIdAsync(string clientId, CancellationToken ct) =>
        PayPathQueries<NpgsqlGatewayDbContext>.MerchantByClientId(this, clientId, ct);

    public override Task<Buyer?> BuyerByTestCodeAsync(string code, CancellationToken ct) =>
        PayPathQueries<NpgsqlGatewayDbContext>.BuyerByTestCode(this, code, ct);
}
