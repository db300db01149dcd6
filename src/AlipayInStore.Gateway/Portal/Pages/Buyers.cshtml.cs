using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Wallet;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The sandbox buyers every merchant may test with, and a QR code that opens the wallet on a phone.</summary>
internal sealed class BuyersModel(WalletQueries wallet, PublicAddress publicAddress) : PageModel
{
    public IReadOnlyList<(Buyer Buyer, long Balance)> Buyers { get; private set; } = [];
    public string WalletUrl => publicAddress.BaseUrl + "/wallet";
    public string WalletQr => QrSvg.Render(WalletUrl, "Wallet address as QR");

    public async Task OnGetAsync(CancellationToken ct) => Buyers = await wallet.BuyersAsync(ct);
}
