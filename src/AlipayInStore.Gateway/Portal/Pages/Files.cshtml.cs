using AlipayInStore.Gateway.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The place for reconciliation files and SFTP access; the files themselves come with the reconciliation feature.</summary>
internal sealed class FilesModel(GatewayDbContext db) : PageModel
{
    public string PartnerId { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        PartnerId = await db.Merchants.Where(m => m.Id == merchantId).Select(m => m.PartnerId).SingleAsync(ct);
    }
}
