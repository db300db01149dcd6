using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Portal.Pages;

internal sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/portal");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PortalAuth.MerchantScheme);
        return Redirect("/portal/login");
    }
}
