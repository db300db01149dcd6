using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Wallet;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The sandbox buyers every merchant may test with, and a QR code that opens the wallet on a phone.</summary>
internal sealed class BuyersModel(GatewayDbContext db, PublicAddress publicAddress) : PageModel
{
    public IReadOnlyList<(Buyer Buyer, long Balance)> Buyers { get; private set; } = [];
    public string WalletUrl => publicAddress.BaseUrl + "/wallet";
    public string WalletQr => QrSvg.Render(WalletUrl, "Wallet address as QR");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var buyers = await db.Buyers.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct);
        var balances = await db.LedgerBalances.AsNoTracking().Where(b => b.Account.StartsWith("buyer:")).ToListAsync(ct);
        Buyers = buyers.Select(b => (b, balances.SingleOrDefault(x => x.Account == b.LedgerAccount && x.Currency == b.Currency)?.Balance ?? 0)).ToList();
    }
}
