using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>The notification calls of the control API (docs/sandbox.md): notify URL, list, re-send.</summary>
internal static class NotificationEndpoints
{
    private const int MaxListed = 100;

    public static IEndpointRouteBuilder MapNotificationControl(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sandbox").AddEndpointFilter(SandboxEndpoints.RequireToken);
        group.MapGet("/merchant/notify-url", GetNotifyUrlAsync);
        group.MapPut("/merchant/notify-url", SetNotifyUrlAsync);
        group.MapGet("/notifications", ListAsync);
        group.MapGet("/notifications/{id:long}", GetAsync);
        group.MapPost("/notifications/{id:long}/resend", ResendAsync);
        return app;
    }

    private static async Task<IResult> GetNotifyUrlAsync(string? clientId, GatewayDbContext db, CancellationToken ct) =>
        await FindMerchantAsync(db, clientId, ct) is { } merchant
            ? Results.Json(new NotifyUrlView(merchant.ClientId, merchant.NotifyUrl, null))
            : NoMerchant(clientId);

    private static async Task<IResult> SetNotifyUrlAsync(NotifyUrlRequest? request, GatewayDbContext db, CancellationToken ct)
    {
        var url = string.IsNullOrWhiteSpace(request?.Url) ? null : request.Url.Trim();
        if (url is not null && (url.Length > 1024 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return Results.Json(new SandboxError("url must be an absolute http or https URL of at most 1024 characters (or null to clear it)"), statusCode: 400);
        }
        if (await FindMerchantAsync(db, request?.ClientId, ct) is not { } merchant)
        {
            return NoMerchant(request?.ClientId);
        }
        var previous = merchant.NotifyUrl;
        merchant.SetNotifyUrl(url);
        await db.SaveChangesAsync(ct);
        return Results.Json(new NotifyUrlView(merchant.ClientId, merchant.NotifyUrl, previous));
    }

    private static async Task<IResult> ListAsync(string? reference, string? status, GatewayDbContext db, CancellationToken ct)
    {
        var query = db.Notifications.AsNoTracking();
        if (!string.IsNullOrEmpty(reference))
        {
            query = query.Where(n => n.Reference == reference);
        }
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<NotificationStatus>(status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
            {
                return Results.Json(new SandboxError("status must be Pending, Delivered or Failed"), statusCode: 400);
            }
            query = query.Where(n => n.Status == wanted);
        }
        var rows = await query.OrderByDescending(n => n.Id).Take(MaxListed).ToListAsync(ct);
        var ids = rows.Select(n => n.Id).ToList();
        var attempts = (await db.NotificationAttempts.AsNoTracking().Where(a => ids.Contains(a.NotificationId)).ToListAsync(ct))
            .ToLookup(a => a.NotificationId);
        return Results.Json(rows.Select(n => NotificationView.Of(n, attempts[n.Id])).ToList());
    }

    private static async Task<IResult> GetAsync(long id, GatewayDbContext db, CancellationToken ct) =>
        await LoadViewAsync(db, id, ct) is { } view ? Results.Json(view) : NoNotification(id);

    private static async Task<IResult> ResendAsync(long id, NotificationResend resend, GatewayDbContext db, CancellationToken ct) =>
        await resend.ResendAsync(id, merchantId: null, ct) switch
        {
            NotificationResend.Outcome.NotFound => NoNotification(id),
            NotificationResend.Outcome.Busy => Busy(id),
            _ => Results.Json(await LoadViewAsync(db, id, ct), statusCode: 202),
        };

    private static async Task<NotificationView?> LoadViewAsync(GatewayDbContext db, long id, CancellationToken ct)
    {
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
        return notification is null ? null
            : NotificationView.Of(notification, await db.NotificationAttempts.AsNoTracking().Where(a => a.NotificationId == id).ToListAsync(ct));
    }

    private static Task<Merchant?> FindMerchantAsync(GatewayDbContext db, string? clientId, CancellationToken ct) =>
        string.IsNullOrEmpty(clientId)
            ? db.Merchants.OrderBy(m => m.Id).FirstOrDefaultAsync(ct)
            : db.Merchants.SingleOrDefaultAsync(m => m.ClientId == clientId, ct);

    private static IResult NoMerchant(string? clientId) =>
        Results.Json(new SandboxError(clientId is null ? "No merchant" : $"No merchant with clientId '{clientId}'"), statusCode: 404);

    private static IResult NoNotification(long id) => Results.Json(new SandboxError($"No notification {id}"), statusCode: 404);

    private static IResult Busy(long id) =>
        Results.Json(new SandboxError($"Notification {id} is being delivered right now; re-send it when this delivery is recorded"), statusCode: 409);
}
