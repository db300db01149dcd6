using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Ledger;

/// <summary>Registers the ledger's services: the FX table and the invariant check (posting is static, inside the caller's unit of work).</summary>
internal static class LedgerServices
{
    public static IServiceCollection AddLedger(this IServiceCollection services) => services
        .AddSingleton<FxTable>()
        .AddScoped<LedgerCheck>();
}
