using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

/// <summary>What opening a preCreate's <c>orderQrCode</c> shows: the order, and a payment password to pay it.</summary>
internal sealed class OrderModel(WalletQueries queries, PortalPasswords passwords, BuyerActions actions) : PageModel
{
    public Payment Payment { get; private set; } = null!;
    public string Merchant { get; private set; } = "";
    public string? Error { get; private set; }

    [BindProperty]
    public string Password { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(string acquirementId, CancellationToken ct) =>
        await LoadAsync(acquirementId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string acquirementId, CancellationToken ct)
    {
        if (!await LoadAsync(acquirementId, ct))
        {
            return NotFound();
        }
        if (await passwords.CheckBuyerAsync(User.BuyerId(), Password, ct) is null)
        {
            Error = "Wrong payment password.";
            return Page();
        }
        var (_, refusal) = await actions.ConfirmAsync(acquirementId, User.BuyerId(), ct);
        if (refusal is not null)
        {
            Error = refusal;
            await LoadAsync(acquirementId, ct);
            return Page();
        }
        return RedirectToPage(); // show the paid order (a reload does not pay twice)
    }

    private async Task<bool> LoadAsync(string acquirementId, CancellationToken ct)
    {
        // Only customer-scan orders open here; a merchant-scan payment is confirmed under "Confirm".
        if (await queries.OrderAsync(acquirementId, ct) is not { } order || order.Payment.Kind != PaymentKind.QrCode)
        {
            return false;
        }
        (Payment, Merchant) = order;
        return true;
    }
}
