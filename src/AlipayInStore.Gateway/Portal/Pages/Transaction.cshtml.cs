using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.OpenApi;
using AlipayInStore.Gateway.Sandbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>One transaction of the signed-in merchant: state, refunds, ledger and every API exchange about it.</summary>
internal sealed class TransactionModel(GatewayDbContext db) : PageModel
{
    public TransactionView View { get; private set; } = null!;
    public IReadOnlyList<Exchange> Exchanges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string acquirementId, CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.AcquirementId == acquirementId && p.MerchantId == merchantId, ct);
        if (payment is null)
        {
            return NotFound(); // another merchant's transaction looks the same as none at all
        }
        View = (await TransactionView.LoadAsync(db, acquirementId, ct))!;
        Exchanges = await db.Exchanges.AsNoTracking()
            .Where(x => x.MerchantId == merchantId && (x.AcquirementId == acquirementId || x.MerchantTransId == payment.MerchantTransId))
            .OrderBy(x => x.Id).Take(200).ToListAsync(ct);
        return Page();
    }
}
