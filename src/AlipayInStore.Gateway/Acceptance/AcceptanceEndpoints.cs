using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Acceptance runs over the control API: start, move to the next case, redo the kit's part, read grades, export HTML and JUnit.</summary>
internal static class AcceptanceEndpoints
{
    public static RouteGroupBuilder MapAcceptanceControl(this RouteGroupBuilder control)
    {
        var group = control.MapGroup("/acceptance");
        group.MapPost("/runs", StartAsync);
        group.MapPost("/runs/{runId}/next", NextAsync);
        group.MapPost("/runs/{runId}/kit", KitAsync);
        group.MapGet("/runs/{runId}", ReportAsync);
        group.MapGet("/runs/{runId}/report.html", HtmlAsync);
        group.MapGet("/runs/{runId}/junit.xml", JUnitAsync);
        return control;
    }

    private static async Task<IResult> StartAsync(StartRunRequest? request, GatewayDbContext db, AcceptanceService service, CancellationToken ct)
    {
        var merchant = request?.PartnerId is { } partner
            ? await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.PartnerId == partner, ct)
            : await db.Merchants.AsNoTracking().OrderBy(m => m.Id).FirstOrDefaultAsync(ct);
        if (merchant is null)
        {
            return Results.Json(new SandboxError($"No merchant with partnerId {request?.PartnerId}"), statusCode: 404);
        }
        var run = await service.StartAsync(merchant, ct);
        return Results.Json(await service.ReportAsync(run.RunId, ct), statusCode: 201);
    }

    private static async Task<IResult> NextAsync(string runId, AcceptanceService service, CancellationToken ct) =>
        await service.NextAsync(runId, ct) is null
            ? Results.Json(new SandboxError("No such run"), statusCode: 404)
            : Results.Json(await service.ReportAsync(runId, ct));

    private static async Task<IResult> KitAsync(string runId, AcceptanceService service, CancellationToken ct) =>
        await service.RepeatKitPartAsync(runId, ct) is null
            ? Results.Json(new SandboxError("No such run"), statusCode: 404)
            : Results.Json(await service.ReportAsync(runId, ct));

    private static async Task<IResult> ReportAsync(string runId, AcceptanceService service, CancellationToken ct) =>
        await service.ReportAsync(runId, ct) is { } report ? Results.Json(report) : Results.Json(new SandboxError("No such run"), statusCode: 404);

    private static async Task<IResult> HtmlAsync(string runId, AcceptanceService service, QuestionnaireStore questionnaires, CancellationToken ct) =>
        await service.ReportAsync(runId, ct) is { } report
            ? Results.Content(AcceptanceReportWriter.Html(report, await questionnaires.AnswersAsync(runId, ct)), "text/html; charset=utf-8")
            : Results.Json(new SandboxError("No such run"), statusCode: 404);

    private static async Task<IResult> JUnitAsync(string runId, AcceptanceService service, CancellationToken ct) =>
        await service.ReportAsync(runId, ct) is { } report
            ? Results.Content(AcceptanceReportWriter.JUnit(report), "application/xml; charset=utf-8")
            : Results.Json(new SandboxError("No such run"), statusCode: 404);
}
