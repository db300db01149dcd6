using System.Globalization;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Reconciliation files over the control API: produce one now, list them, download one (the HTTPS route).</summary>
internal static class ReconciliationEndpoints
{
    public static RouteGroupBuilder MapReconciliationControl(this RouteGroupBuilder control)
    {
        var group = control.MapGroup("/reconciliation");
        group.MapGet("/{partnerId}", ListAsync);
        group.MapPost("/{partnerId}/{date}", GenerateAsync);
        group.MapGet("/{partnerId}/{date}", DownloadAsync);
        group.MapPut("/{partnerId}/ssh-key", UploadKeyAsync);
        return control;
    }

    private static async Task<IResult> ListAsync(string partnerId, GatewayDbContext db, CancellationToken ct) =>
        Results.Json(await db.ReconciliationFiles.AsNoTracking().Where(f => f.PartnerId == partnerId && f.FileName != "").OrderBy(f => f.BusinessDate).ToListAsync(ct));

    private static async Task<IResult> GenerateAsync(string partnerId, string date, ReconciliationService service, GatewayDbContext db, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Results.Json(new SandboxError("date must be yyyy-MM-dd"), statusCode: 400);
        }
        if (!await db.Merchants.AnyAsync(m => m.PartnerId == partnerId, ct))
        {
            return Results.Json(new SandboxError($"No merchant with partnerId {partnerId}"), statusCode: 404);
        }
        return await service.GenerateAsync(partnerId, day, ct) switch
        {
            GenerateOutcome.NotOver => Results.Json(new SandboxError($"{date} is not over yet on the sandbox clock; a day's file covers a whole day"), statusCode: 409),
            GenerateOutcome.Generated { File.HasFile: true } generated => Results.Json(generated.File, statusCode: 201),
            GenerateOutcome.Generated => Results.Json(new NoFileView(partnerId, date,
                $"No transactions on {date}: no file for that day (PROTOCOL.md §8). Turn on empty-day files for this merchant (PATCH /sandbox/merchants/{partnerId} {{\"emptyDayFiles\":true}}) to get a header-only file.")),
            _ => Results.Json(new SandboxError("partnerId must be letters and digits and date yyyy-MM-dd"), statusCode: 400),
        };
    }

    // The partner's SSH public key(s) for SFTP, one OpenSSH line each; takes effect when the SFTP server (re)starts.
    private static async Task<IResult> UploadKeyAsync(string partnerId, HttpRequest request, ReconciliationService service, GatewayDbContext db, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var text = (await reader.ReadToEndAsync(ct)).Trim();
        if (!await db.Merchants.AnyAsync(m => m.PartnerId == partnerId, ct))
        {
            return Results.Json(new SandboxError($"No merchant with partnerId {partnerId}"), statusCode: 404);
        }
        if (!ReconciliationFileNames.IsSafePartnerId(partnerId) || await service.SaveSshKeysAsync(partnerId, text, ct) is not { } stored)
        {
            return Results.Json(new SandboxError("body must be 1 to 10 OpenSSH public key lines (ssh-ed25519 …, ssh-rsa …, ecdsa-…)"), statusCode: 400);
        }
        return Results.Json(new { partnerId, keys = stored, user = SftpUser.Of(partnerId) });
    }

    private static IResult DownloadAsync(string partnerId, string date, ReconciliationService service)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !ReconciliationFileNames.IsSafePartnerId(partnerId))
        {
            return Results.Json(new SandboxError("partnerId must be letters and digits and date yyyy-MM-dd"), statusCode: 400);
        }
        var path = service.Layout.ArchivePath(partnerId, day);
        return File.Exists(path)
            ? Results.File(path, "text/plain; charset=utf-8", Path.GetFileName(path))
            : Results.Json(new SandboxError($"No file for {partnerId} on {date} yet (produced at 09:00 the next day, or on demand with POST)"), statusCode: 404);
    }
}
