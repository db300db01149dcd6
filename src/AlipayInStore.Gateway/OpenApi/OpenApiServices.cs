using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>Registers the signed API: the pipeline, its functions, and the recorder of every exchange.</summary>
internal static class OpenApiServices
{
    public static IServiceCollection AddOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(GatewayOptions.Section));
        services.AddScoped<ApiPipeline>();
        services.AddApiFunctions();
        services.AddSingleton<ExchangeRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<ExchangeRecorder>());
        return services;
    }
}
