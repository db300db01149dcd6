using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Registers reconciliation: files from the ledger, their schedule and SFTP retention.</summary>
internal static class ReconciliationServices
{
    public static IServiceCollection AddReconciliation(this IServiceCollection services, IConfiguration configuration, GatewayHostSettings settings)
    {
        services.AddOptions<ReconciliationOptions>().Bind(configuration.GetSection(ReconciliationOptions.Section))
            .Configure(o => o.SftpPort = configuration.GetSection(GatewayOptions.Section).GetValue<int?>(nameof(ReconciliationOptions.SftpPort)))
            .PostConfigure(o =>
            {
                o.ExportDirectory = Path.Combine(settings.DataDirectory, "reconciliation");
                settings.ConfigureReconciliation?.Invoke(o);
            });
        services.AddScoped<LedgerRows>();
        services.AddScoped<ReconciliationService>();
        services.AddSingleton(sp => new ReconciliationRetention(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BusinessDay>()));
        if (settings.BackgroundWork)
        {
            services.AddHostedService<ReconciliationScheduler>();
        }
        return services;
    }
}
