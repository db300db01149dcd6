using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>Registers merchants: their keys, settings, notify URL and the acquirer's secondary merchants.</summary>
internal static class MerchantServices
{
    public static IServiceCollection AddMerchants(this IServiceCollection services)
    {
        services.AddSingleton<MerchantCredentials>();
        services.AddScoped<MerchantSettings>();
        services.AddScoped<NotifyUrlSetting>();
        services.AddScoped<IndirectMerchantService>();
        return services;
    }
}
