using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>The sign type notifications to a merchant are signed with: that of its latest request whose signature verified.</summary>
internal static class MerchantSignType
{
    public static async Task<string> ForAsync(GatewayDbContext db, Merchant merchant, CancellationToken ct)
    {
        // Ordered by At first so the (MerchantId, At) index answers it walking back from the newest row; ordered by Id
        // alone, the database read every exchange of the merchant and sorted them, once per dispatched batch.
        var latest = await db.Exchanges.AsNoTracking().Where(e => e.MerchantId == merchant.Id && e.Verification == "valid")
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Select(e => e.SignType).FirstOrDefaultAsync(ct);
        return NotificationEnvelope.SignTypeOf(merchant, latest);
    }
}
