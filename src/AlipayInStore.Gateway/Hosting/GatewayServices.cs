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

/// <summary>The gateway's services, one line per feature.</summary>
internal static class GatewayServices
{
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration, GatewayHostSettings settings)
    {
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.Section))
            .PostConfigure(o => settings.Configure?.Invoke(o));
        services.AddOptions<ReconciliationOptions>().Bind(configuration.GetSection(ReconciliationOptions.Section))
            .PostConfigure(o => o.ExportDirectory = Path.Combine(settings.DataDirectory, "reconciliation"));
        var clock = new SandboxClock(settings.Time);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new GatewayKeys(settings.DataDirectory));
        // --db, then the ConnectionStrings:Gateway setting (e.g. ConnectionStrings__Gateway), then SQLite in the data folder.
        services.AddGatewayStorage(settings.ConnectionString ?? configuration.GetConnectionString("Gateway")
            ?? StorageSetup.SqliteConnectionString(settings.DataDirectory));

        services.AddSingleton<PublicAddress>();
        services.AddSingleton<MerchantCredentials>();
        services.AddSingleton<BusinessDay>();
        services.AddSingleton<FxTable>();
        services.AddSingleton<SandboxToken>();
        services.AddSingleton<SandboxClockStore>();
        services.AddHostedService<SandboxClockSync>();
        services.AddSingleton<ExchangeRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<ExchangeRecorder>());

        services.AddScoped<ApiPipeline>();
        services.AddScoped<PaymentCodeService>();
        services.AddScoped<PaymentSettlement>();
        services.AddScoped<PayService>();
        services.AddScoped<PreCreateService>();
        services.AddScoped<QueryService>();
        services.AddScoped<CancelService>();
        services.AddScoped<RefundService>();
        services.AddScoped<RefundCompletion>();
        services.AddScoped<BuyerActions>();
        services.AddScoped<LedgerCheck>();
        services.AddScoped<AcceptanceService>();
        services.AddScoped<KitNotifier>();
        services.AddScoped<QuestionnaireStore>();
        services.AddSingleton<AcceptanceArming>();
        services.AddScoped<LedgerRows>();
        services.AddScoped<ReconciliationService>();
        services.AddScoped<MerchantSettings>();
        services.AddScoped<NotifyUrlSetting>();
        services.AddSingleton(sp => new ReconciliationRetention(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BusinessDay>()));
        services.AddScoped<IndirectMerchantService>();
        services.AddScoped<SandboxReset>();
        services.AddSingleton(new SeedSource(settings.SeedFile));
        services.AddNotifications(settings.BackgroundWork);

        if (settings.BackgroundWork)
        {
            services.AddHostedService<ExpirySweeper>();
            services.AddHostedService<AsyncRefundWorker>();
            services.AddHostedService<ReconciliationScheduler>();
        }
        return services;
    }
}
