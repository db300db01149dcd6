using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Ledger;

/// <summary>Registers the ledger's services: the FX table and the invariant check (posting is static, inside the caller's unit of work).</summary>
internal static class LedgerServices
{
    public static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FxOptions>().Bind(configuration.GetSection(GatewayOptions.Section));
        return services.AddSingleton<FxTable>().AddScoped<LedgerCheck>();
    }
}
