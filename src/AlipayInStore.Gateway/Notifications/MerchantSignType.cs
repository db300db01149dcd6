using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>The sign type notifications to a merchant are signed with: that of its latest request whose signature verified.</summary>
internal static class MerchantSignType
{
    public static async Task<string> ForAsync(GatewayDbContext db, Merchant merchant, CancellationToken ct)
    {
        var latest = await db.Exchanges.AsNoTracking().Where(e => e.MerchantId == merchant.Id && e.Verification == "valid")
            .OrderByDescending(e => e.Id).Select(e => e.SignType).FirstOrDefaultAsync(ct);
        return NotificationEnvelope.SignTypeOf(merchant, latest);
    }
}
