using AlipayInStore.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Registers the sandbox: its clock (the gateway's <see cref="TimeProvider"/>), control token, seed and reset.</summary>
internal static class SandboxServices
{
    public static IServiceCollection AddSandbox(this IServiceCollection services, TimeProvider baseTime, string? seedFile)
    {
        var clock = new SandboxClock(baseTime);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<SandboxClockStore>();
        services.AddHostedService<SandboxClockSync>();
        services.AddSingleton<SandboxToken>();
        services.AddSingleton(new SeedSource(seedFile));
        services.AddScoped<SandboxReset>();
        return services;
    }
}
