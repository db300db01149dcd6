using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Accounts;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Data;

/// <summary>
/// The look-ups every pay makes, compiled once instead of translated per request. One set per context type: a compiled
/// query keeps the executor of the provider it first ran on, so SQLite and PostgreSQL contexts in one process (the
/// tests host both) must not share one.
/// </summary>
internal static class PayPathQueries<TContext>
    where TContext : GatewayDbContext
{
    public static readonly Func<TContext, string, CancellationToken, Task<Merchant?>> MerchantByClientId =
        EF.CompileAsyncQuery((TContext db, string clientId, CancellationToken ct) => db.Merchants.AsNoTracking().SingleOrDefault(m => m.ClientId == clientId));

    public static readonly Func<TContext, string, CancellationToken, Task<Buyer?>> BuyerByTestCode =
        EF.CompileAsyncQuery((TContext db, string code, CancellationToken ct) => db.Buyers.AsNoTracking().SingleOrDefault(b => b.TestCode == code));
}
