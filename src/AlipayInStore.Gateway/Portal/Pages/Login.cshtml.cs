using System.Security.Claims;
using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Portal.Pages;

internal sealed class LoginModel(PortalPasswords passwords) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

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
        var (outcome, user) = await passwords.CheckUserAsync(UserName, Password, ct);
        if (outcome == SignInOutcome.LockedOut)
        {
            Error = $"This account is locked after {PortalUser.MaxFailedAttempts} wrong passwords in a row. Try again in {PortalPasswords.LockoutDuration.TotalMinutes:0} minutes.";
            return Page();
        }
        if (user is null)
        {
            Error = "Wrong user name or password.";
            return Page();
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.UserName), new Claim(PortalAuth.MerchantIdClaim, user.MerchantId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            PortalAuth.MerchantScheme);
        await HttpContext.SignInAsync(PortalAuth.MerchantScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/portal", StringComparison.Ordinal) ? ReturnUrl : "/portal");
    }
}
