using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

internal sealed class WalletLogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/wallet");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PortalAuth.BuyerScheme);
        return Redirect("/wallet/login");
    }
}
