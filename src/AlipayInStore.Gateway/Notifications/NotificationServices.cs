using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>Registers notification delivery.</summary>
internal static class NotificationServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration, bool dispatch)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section))
            .Validate(o => o.Problem() is null, "Gateway:Notifications is invalid: the schedule starts at 00:00:00 with no negative delay; timeout, poll interval, batch size and concurrency are positive")
            .ValidateOnStart();
        services.AddSingleton<NotificationSender>();
        services.AddScoped<NotificationResend>();
        if (dispatch)
        {
            services.AddSingleton<NotificationDispatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        }
        return services;
    }
}
