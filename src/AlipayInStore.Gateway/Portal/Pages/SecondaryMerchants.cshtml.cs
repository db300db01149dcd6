using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>An acquirer's registered secondary merchants and stores (its own only).</summary>
internal sealed class SecondaryMerchantsModel(GatewayDbContext db) : PageModel
{
    public bool IsAcquirer { get; private set; }
    public IReadOnlyList<SecondaryMerchant> Stores { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        IsAcquirer = await db.Merchants.Where(m => m.Id == merchantId).Select(m => m.IsAcquirer).SingleAsync(ct);
        Stores = await db.SecondaryMerchants.AsNoTracking().Where(s => s.AcquirerId == merchantId)
            .OrderBy(s => s.SellerId).ThenBy(s => s.StoreId).Take(1000).ToListAsync(ct);
    }
}
