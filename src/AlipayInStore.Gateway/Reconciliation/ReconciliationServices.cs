using AlipayInStore.Gateway.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Registers reconciliation: files from the ledger, their schedule and SFTP retention.</summary>
internal static class ReconciliationServices
{
    public static IServiceCollection AddReconciliation(this IServiceCollection services, IConfiguration configuration, string dataDirectory, bool background)
    {
        services.AddOptions<ReconciliationOptions>().Bind(configuration.GetSection(ReconciliationOptions.Section))
            .PostConfigure(o => o.ExportDirectory = Path.Combine(dataDirectory, "reconciliation"));
        services.AddScoped<LedgerRows>();
        services.AddScoped<ReconciliationService>();
        services.AddSingleton(sp => new ReconciliationRetention(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BusinessDay>()));
        if (background)
        {
            services.AddHostedService<ReconciliationScheduler>();
        }
        return services;
    }
}
