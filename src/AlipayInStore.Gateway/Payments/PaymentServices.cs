using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Registers the payment engine: pay, preCreate, query, cancel, their shared rules, and the settlement they share.</summary>
internal static class PaymentServices
{
    public static IServiceCollection AddPayments(this IServiceCollection services, bool backgroundWork)
    {
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
