using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Payments;
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
        var clock = new SandboxClock(settings.Time);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(new GatewayKeys(settings.DataDirectory));
        services.AddGatewayStorage(settings.ConnectionString ?? StorageSetup.SqliteConnectionString(settings.DataDirectory));

        services.AddSingleton<MerchantCredentials>();
        services.AddSingleton<BusinessDay>();
        services.AddSingleton<FxTable>();
        services.AddSingleton<SandboxToken>();
        services.AddSingleton<SandboxClockStore>();
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
        services.AddNotifications(settings.BackgroundWork);

        if (settings.BackgroundWork)
        {
            services.AddHostedService<ExpirySweeper>();
            services.AddHostedService<AsyncRefundWorker>();
        }
        return services;
    }
}
