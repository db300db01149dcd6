using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// The sandbox control API (docs/sandbox.md): one <c>/sandbox</c> group with the bearer-token filter, built once; each
/// feature maps its calls on it (<c>MapXxxControl(group)</c>). Refusals are <see cref="SandboxError"/> bodies.
/// </summary>
internal static class ControlApi
{
    public const string Prefix = "/sandbox";

    public static RouteGroupBuilder MapControlApi(this IEndpointRouteBuilder app) => app.MapGroup(Prefix).AddEndpointFilter(RequireToken);

    /// <summary>A refusal: <c>{"error": message}</c> with <paramref name="status"/>.</summary>
    public static IResult Error(string message, int status) => Results.Json(new SandboxError(message), statusCode: status);

    private static async ValueTask<object?> RequireToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var token = context.HttpContext.RequestServices.GetService(typeof(SandboxToken)) as SandboxToken;
        return token!.Matches(context.HttpContext.Request.Headers.Authorization)
            ? await next(context)
            : Error("The control API needs 'Authorization: Bearer <token>' with the token the sandbox printed at start", 401);
    }
}
