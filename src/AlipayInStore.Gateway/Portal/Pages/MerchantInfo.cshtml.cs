using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

internal sealed class MerchantInfoModel(GatewayDbContext db, TimeProvider clock) : PageModel
{
    public Merchant Merchant { get; private set; } = null!;
    public IReadOnlyList<LedgerBalance> Balances { get; private set; } = [];
    public IReadOnlyList<PortalUser> Users { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        Now = clock.GetUtcNow();
        Merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == merchantId, ct);
        var account = LedgerAccounts.Merchant(Merchant.PartnerId);
        Balances = await db.LedgerBalances.AsNoTracking().Where(b => b.Account == account).ToListAsync(ct);
        Users = await db.PortalUsers.AsNoTracking().Where(u => u.MerchantId == merchantId).OrderBy(u => u.Id).ToListAsync(ct);
    }
}
