using System.Security.Claims;
using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

internal sealed class WalletLoginModel(PortalPasswords passwords) : PageModel
{
    [BindProperty]
    public string BuyerId { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var buyer = await passwords.CheckBuyerAsync(BuyerId, Password, ct);
        if (buyer is null)
        {
            Error = "Wrong buyer or password.";
            return Page();
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, buyer.DisplayName), new Claim(PortalAuth.BuyerIdClaim, buyer.Id)], PortalAuth.BuyerScheme);
        await HttpContext.SignInAsync(PortalAuth.BuyerScheme, new ClaimsPrincipal(identity));
        var local = Url.IsLocalUrl(ReturnUrl) && (ReturnUrl!.StartsWith("/wallet", StringComparison.Ordinal) || ReturnUrl.StartsWith("/qr/", StringComparison.Ordinal));
        return LocalRedirect(local ? ReturnUrl! : "/wallet");
    }
}
