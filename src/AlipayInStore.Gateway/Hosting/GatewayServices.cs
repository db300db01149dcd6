using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Gateway.Refunds;
using AlipayInStore.Gateway.Sandbox;
using AlipayInStore.Gateway.Wallet;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>The gateway's services: what crosses features, then one line per feature in a fixed order.</summary>
internal static class GatewayServices
{
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration, GatewayHostSettings settings)
    {
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.Section));
        services.AddSingleton(new GatewayKeys(settings.DataDirectory));
        // --db, then the ConnectionStrings:Gateway setting (e.g. ConnectionStrings__Gateway), then SQLite in the data folder.
        services.AddGatewayStorage(settings.ConnectionString ?? configuration.GetConnectionString("Gateway")
            ?? StorageSetup.SqliteConnectionString(settings.DataDirectory));
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<BusinessDay>();

        services.AddSandbox(settings.Time, settings.SeedFile);
        services.AddMerchants();
        services.AddWallet(configuration);
        services.AddOpenApi(configuration);
        services.AddPayments(configuration, settings.BackgroundWork);
        services.AddRefunds(configuration, settings.BackgroundWork);
        services.AddLedger(configuration);
        services.AddNotifications(configuration, settings.BackgroundWork);
        services.AddReconciliation(configuration, settings);
        services.AddAcceptance();
        return services;
    }
}
