using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Wallet;

/// <summary>Registers the buyers' wallet: payment codes, what a buyer sees, reading a QR image.</summary>
internal static class WalletServices
{
    public static IServiceCollection AddWallet(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentCodeOptions>().Bind(configuration.GetSection(GatewayOptions.Section));
        services.AddScoped<PaymentCodeService>();
        services.AddScoped<WalletQueries>();
        services.AddScoped<BuyerActions>();
        services.AddSingleton<QrImageDecoder>();
        return services;
    }
}
