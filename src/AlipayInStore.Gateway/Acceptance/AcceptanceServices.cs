using AlipayInStore.Gateway.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Registers the acceptance kit: runs, the kit's own notifications, the questionnaire, armed tampering.</summary>
internal static class AcceptanceServices
{
    public static IServiceCollection AddAcceptance(this IServiceCollection services)
    {
        services.AddScoped<AcceptanceService>();
        services.AddScoped<KitNotifier>();
        services.AddScoped<QuestionnaireStore>();
        services.AddSingleton<AcceptanceArming>();
        services.AddSingleton<IPayAnswerTamper>(sp => sp.GetRequiredService<AcceptanceArming>());
        return services;
    }
}
