using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The merchant's notify URL, its notification outbox rows with their delivery log, and re-sending one.</summary>
internal sealed class NotificationsModel(GatewayDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public string? NotifyUrl { get; private set; }
    public IReadOnlyList<Notification> Rows { get; private set; } = [];

    /// <summary>Every delivery of the listed notifications, newest first.</summary>
    public IReadOnlyList<NotificationAttempt> Attempts { get; private set; } = [];
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>As the control API's PUT /sandbox/merchant/notify-url, for the signed-in merchant.</summary>
    public async Task<IActionResult> OnPostAsync(string? notifyUrl, [FromServices] NotifyUrlSetting setting, CancellationToken ct)
    {
        switch (await setting.SetAsync(User.MerchantId(), notifyUrl, ct))
        {
            case NotifyUrlOutcome.Invalid invalid:
                Error = "Not saved: " + invalid.Error.Message;
                break;
            case NotifyUrlOutcome.Saved saved:
                Message = saved.Merchant.NotifyUrl is null ? "Notify URL removed." : "Notify URL saved.";
                break;
            default:
                return NotFound();
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>As the control API's POST /sandbox/notifications/{id}/resend, for the merchant's own notifications only.</summary>
    public async Task<IActionResult> OnPostResendAsync(long id, [FromServices] NotificationResend resend, CancellationToken ct)
    {
        switch (await resend.ResendAsync(id, User.MerchantId(), ct))
        {
            case NotificationResend.Outcome.NotFound:
                return NotFound();
            case NotificationResend.Outcome.Busy:
                Error = Busy(id);
                break;
            default:
                Message = $"Notification {id} will be sent again on the dispatcher's next round; its attempt appears in the delivery log.";
                break;
        }
        await LoadAsync(ct);
        return Page();
    }

    private static string Busy(long id) => $"Notification {id} is being delivered right now; re-send it when this delivery is recorded.";

    private async Task LoadAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        NotifyUrl = await db.Merchants.Where(m => m.Id == merchantId).Select(m => m.NotifyUrl).SingleAsync(ct);
        var rows = db.Notifications.AsNoTracking().Where(n => n.MerchantId == merchantId);
        if (!string.IsNullOrWhiteSpace(Reference))
        {
            rows = rows.Where(n => n.Reference == Reference);
        }
        Rows = await rows.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(100).ToListAsync(ct);
        var ids = Rows.Select(n => n.Id).ToList();
        Attempts = (await db.NotificationAttempts.AsNoTracking().Where(a => ids.Contains(a.NotificationId)).ToListAsync(ct))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToList();
    }
}
