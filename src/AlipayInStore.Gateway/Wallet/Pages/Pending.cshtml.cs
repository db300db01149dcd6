using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

/// <summary>Merchant-scan payments waiting for this buyer (scenario 9903): confirm pays, decline closes.</summary>
internal sealed class PendingModel(WalletQueries queries, BuyerActions actions) : PageModel
{
    public IReadOnlyList<Payment> Pending { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Pending = await queries.PendingAsync(User.BuyerId(), ct);

    public Task<IActionResult> OnPostConfirmAsync(string acquirementId, CancellationToken ct) =>
        ActAsync(acquirementId, "Paid", id => actions.ConfirmAsync(id, User.BuyerId(), ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(string acquirementId, CancellationToken ct) =>
        ActAsync(acquirementId, "Declined", id => actions.DeclineAsync(id, ct), ct);

    private async Task<IActionResult> ActAsync(string acquirementId, string done, Func<string, Task<(Payment? Payment, string? Refusal)>> act, CancellationToken ct)
    {
        var mine = await queries.PendingAsync(User.BuyerId(), ct);
        if (!mine.Any(p => p.AcquirementId == acquirementId))
        {
            Failed = true;
            Message = "That payment is not waiting for you.";
        }
        else
        {
            var (payment, refusal) = await act(acquirementId);
            Failed = refusal is not null;
            Message = refusal ?? $"{done}: {payment!.OrderAmount} · {payment.OrderTitle} ({payment.Status.ToWire()}).";
        }
        Pending = await queries.PendingAsync(User.BuyerId(), ct);
        return Page();
    }
}
