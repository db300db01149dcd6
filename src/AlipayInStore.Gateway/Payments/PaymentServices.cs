using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Registers the payment engine: pay, preCreate, query, cancel, their shared rules, and the settlement they share.</summary>
internal static class PaymentServices
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration, bool backgroundWork)
    {
        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(GatewayOptions.Section));
        services.AddScoped<OrderRules>();
        services.AddScoped<PaymentSettlement>();
        services.AddScoped<PayService>();
        services.AddScoped<PreCreateService>();
        services.AddScoped<QueryService>();
        services.AddScoped<CancelService>();
        if (backgroundWork)
        {
            services.AddHostedService<ExpirySweeper>();
        }
        return services;
    }
}
