using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>The PostgreSQL flavour of the context, for several gateway instances over one database; its migrations live in Data/Migrations/Postgres.</summary>
internal sealed class NpgsqlGatewayDbContext(DbContextOptions<NpgsqlGatewayDbContext> options) : GatewayDbContext(options);
