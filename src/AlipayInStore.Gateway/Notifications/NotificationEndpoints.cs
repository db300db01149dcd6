using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>The notification calls of the control API (docs/sandbox.md): notify URL, list, re-send.</summary>
internal static class NotificationEndpoints
{
    private const int MaxListed = 100;

    public static RouteGroupBuilder MapNotificationControl(this RouteGroupBuilder group)
    {
        group.MapGet("/merchant/notify-url", GetNotifyUrlAsync);
        group.MapPut("/merchant/notify-url", SetNotifyUrlAsync);
        group.MapGet("/notifications", ListAsync);
        group.MapGet("/notifications/{id:long}", GetAsync);
        group.MapPost("/notifications/{id:long}/resend", ResendAsync);
        return group;
    }

    private static async Task<IResult> GetNotifyUrlAsync(string? clientId, NotifyUrlSetting setting, CancellationToken ct) =>
        await setting.FindAsync(clientId, ct) is { } merchant
            ? Results.Json(new NotifyUrlView(merchant.ClientId, merchant.NotifyUrl, null))
            : NoMerchant(clientId);

    private static async Task<IResult> SetNotifyUrlAsync(NotifyUrlRequest? request, NotifyUrlSetting setting, CancellationToken ct) =>
        await setting.SetAsync(request?.ClientId, request?.Url, ct) switch
        {
            NotifyUrlOutcome.Invalid invalid => Results.Json(new SandboxError(invalid.Error.Message), statusCode: 400),
            NotifyUrlOutcome.Saved saved => Results.Json(new NotifyUrlView(saved.Merchant.ClientId, saved.Merchant.NotifyUrl, saved.Previous)),
            _ => NoMerchant(request?.ClientId),
        };

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

    private static IResult NoMerchant(string? clientId) =>
        Results.Json(new SandboxError(clientId is null ? "No merchant" : $"No merchant with clientId '{clientId}'"), statusCode: 404);

    private static IResult NoNotification(long id) => Results.Json(new SandboxError($"No notification {id}"), statusCode: 404);

    private static IResult Busy(long id) =>
        Results.Json(new SandboxError($"Notification {id} is being delivered right now; re-send it when this delivery is recorded"), statusCode: 409);
}
