using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AlipayInStore.Gateway.ApiReference;

/// <summary>The API description: public like any API reference (it holds shapes, never data), so a browser can open it without the token.</summary>
internal static class ApiReferenceEndpoints
{
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sandbox/openapi.json", () => Results.Text(OpenApiDocument.Json, "application/json; charset=utf-8"));
        app.MapGet("/sandbox/reference", () => Results.Content(ReferencePage.Text, "text/html; charset=utf-8"));
        return app;
    }
}
