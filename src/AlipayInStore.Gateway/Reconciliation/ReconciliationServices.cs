using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Registers reconciliation: files from the ledger, their schedule, SFTP retention and (with a port) SFTP delivery.</summary>
internal static class ReconciliationServices
{
    public static IServiceCollection AddReconciliation(this IServiceCollection services, IConfiguration configuration, GatewayHostSettings settings)
    {
        services.AddOptions<ReconciliationOptions>().Bind(configuration.GetSection(ReconciliationOptions.Section))
            .Configure(o => o.SftpPort = SftpPortSetting(configuration))
            .PostConfigure(o => o.ExportDirectory = Path.Combine(settings.DataDirectory, "reconciliation"));
        services.AddScoped<LedgerRows>();
        services.AddScoped<ReconciliationService>();
        services.AddScoped<ISftpAccounts>(sp => new SftpAccounts(sp.GetRequiredService<ReconciliationService>().Layout));
        services.AddSingleton(sp => new ReconciliationRetention(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<BusinessDay>()));
        if (settings.BackgroundWork)
        {
            services.AddHostedService<ReconciliationScheduler>();
            if (SftpPortSetting(configuration) is not null)
            {
                services.AddHostedService(SftpDeliveryOf);
            }
        }
        return services;
    }

    // The key stays Gateway:SftpPort, as before the option moved here.
    private static int? SftpPortSetting(IConfiguration configuration) =>
        configuration.GetSection(GatewayOptions.Section).GetValue<int?>(nameof(ReconciliationOptions.SftpPort));

    private static SftpDelivery SftpDeliveryOf(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ReconciliationOptions>>().Value;
        var port = options.SftpPort!.Value;
        var sshd = new SshdServerOptions { Port = port, StateDirectory = Path.Combine(SshdServerOptions.StateRoot, "sandbox-" + port) };
        return new SftpDelivery(new ReconciliationExportLayout(options.ExportDirectory), sshd, services.GetRequiredService<ReconciliationRetention>(),
            TimeSpan.FromSeconds(5), Console.Out, Console.Error);
    }
}
