using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Refunds;

/// <summary>Registers refunds: the service, their completion, and the worker that completes asynchronous ones.</summary>
internal static class RefundServices
{
    public static IServiceCollection AddRefunds(this IServiceCollection services, IConfiguration configuration, bool backgroundWork)
    {
        services.AddOptions<RefundOptions>().Bind(configuration.GetSection(GatewayOptions.Section));
        services.AddScoped<RefundService>();
        services.AddScoped<RefundCompletion>();
        if (backgroundWork)
        {
            services.AddHostedService<AsyncRefundWorker>();
        }
        return services;
    }
}
