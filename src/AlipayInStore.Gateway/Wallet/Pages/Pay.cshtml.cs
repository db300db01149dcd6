using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

/// <summary>The buyer's payment code (Code 128 and QR), a new one on every visit and before the old one expires.</summary>
internal sealed class PayModel(PaymentCodeService codes, TimeProvider clock) : PageModel
{
    public string Code { get; private set; } = "";
    public DateTimeOffset ExpiresAt { get; private set; }
    public string BarcodeSvg { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public int RefreshSeconds { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var code = await codes.MintAsync(User.BuyerId(), now, ct);
        if (code is null)
        {
            return NotFound();
        }
        Code = code.Code;
        ExpiresAt = code.ExpiresAt;
        BarcodeSvg = Code128.Svg(code.Code);
        QrSvg = Wallet.QrSvg.Render(code.Code, "Payment code as QR");
        RefreshSeconds = Math.Max(5, (int)(code.ExpiresAt - now).TotalSeconds - 10);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
