using AlipayInStore.Gateway.Data;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// Who may be named in an order's <c>seller</c>: for a direct merchant its own partner id (the guide's rule); for an
/// acquirer a secondary merchant and store it registered, whose registered name and MCC the order then carries (so
/// reconciliation rows show them).
/// </summary>
internal static class SellerAdmission
{
    public static async Task<(Seller? Seller, ValidationError? Error)> AdmitAsync(GatewayDbContext db, Merchant merchant, Seller? seller, CancellationToken ct)
    {
        if (seller is null)
        {
            return (null, null);
        }
        if (!merchant.IsAcquirer)
        {
            return seller.SecondaryMerchantId != merchant.PartnerId
                ? (null, new ValidationError("body.order.seller.secondaryMerchantId", "must equal partnerId in direct integration"))
                : seller.StoreId != merchant.PartnerId
                    ? (null, new ValidationError("body.order.seller.storeId", "must equal partnerId in direct integration"))
                    : (seller, null);
        }
        var stores = await db.SecondaryMerchants.AsNoTracking()
            .Where(s => s.AcquirerId == merchant.Id && s.SellerId == seller.SecondaryMerchantId).ToListAsync(ct);
        if (stores.Count == 0)
        {
            return (null, new ValidationError("body.order.seller.secondaryMerchantId",
                $"{seller.SecondaryMerchantId} is not a secondary merchant registered by this acquirer (register it with {ApiFunctions.IndirectMerchantMaintain})"));
        }
        var store = stores.SingleOrDefault(s => s.StoreId == seller.StoreId);
        if (store is null)
        {
            return (null, new ValidationError("body.order.seller.storeId",
                $"{seller.StoreId} is not a registered store of secondary merchant {seller.SecondaryMerchantId}"));
        }
        return (seller with
        {
            SecondaryMerchantName = seller.SecondaryMerchantName ?? store.SellerName,
            SecondaryMerchantIndustry = seller.SecondaryMerchantIndustry ?? store.Mcc,
            StoreName = seller.StoreName ?? store.StoreName,
        }, null);
    }
}
