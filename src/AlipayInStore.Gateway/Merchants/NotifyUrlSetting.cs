using AlipayInStore.Gateway.Data;
using AlipayInStore.Protocol.Validation;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// Sets a merchant's notify URL: the control API's PUT /sandbox/merchant/notify-url and the portal's Notifications
/// page. Blank clears it; anything else must pass <see cref="NotifyUrls.Check"/>, checked before the merchant is looked up.
/// </summary>
internal sealed class NotifyUrlSetting(GatewayDbContext db)
{
    public const string Field = "notifyUrl";

    /// <summary>The merchant with <paramref name="clientId"/>, or the first merchant when it is not given.</summary>
    public Task<Merchant?> FindAsync(string? clientId, CancellationToken ct) =>
        string.IsNullOrEmpty(clientId)
            ? db.Merchants.OrderBy(m => m.Id).FirstOrDefaultAsync(ct)
            : db.Merchants.SingleOrDefaultAsync(m => m.ClientId == clientId, ct);

    /// <summary>Sets the URL of the merchant with <paramref name="clientId"/> (the first merchant when not given).</summary>
    public Task<NotifyUrlOutcome> SetAsync(string? clientId, string? url, CancellationToken ct) => SetAsync(() => FindAsync(clientId, ct), url, ct);

    /// <summary>Sets the URL of the merchant with id <paramref name="merchantId"/> (a signed-in portal user's own).</summary>
    public Task<NotifyUrlOutcome> SetAsync(long merchantId, string? url, CancellationToken ct) =>
        SetAsync(() => db.Merchants.SingleOrDefaultAsync(m => m.Id == merchantId, ct), url, ct);

    /// <summary>The error for <paramref name="url"/> as a merchant setting (empty means none), or null.</summary>
    public static SpecError? Check(string url, string field = Field) =>
        url.Length > 0 && NotifyUrls.Check(url) is { } rule ? new SpecError(field, rule) : null;

    private async Task<NotifyUrlOutcome> SetAsync(Func<Task<Merchant?>> find, string? url, CancellationToken ct)
    {
        var value = string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        if (value is not null && Check(value) is { } error)
        {
            return new NotifyUrlOutcome.Invalid(error);
        }
        if (await find() is not { } merchant)
        {
            return new NotifyUrlOutcome.NotFound();
        }
        var previous = merchant.NotifyUrl;
        merchant.SetNotifyUrl(value);
        await db.SaveChangesAsync(ct);
        return new NotifyUrlOutcome.Saved(merchant, previous);
    }
}
