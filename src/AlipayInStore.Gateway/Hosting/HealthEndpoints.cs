using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// <c>/healthz</c> (the process answers) and <c>/readyz</c> (<see cref="GatewayReadiness"/>), without the control token,
/// for container health checks and CI wait loops. 200 when healthy, 503 otherwise, with a small JSON body.
/// </summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddGatewayHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<GatewayReadiness>("gateway", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapGatewayHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, string> { ["status"] = report.Status.ToString() };
        foreach (var (name, entry) in report.Entries)
        {
            body[name] = entry.Description ?? entry.Status.ToString();
        }
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
