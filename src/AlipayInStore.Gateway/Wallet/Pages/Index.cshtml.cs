using AlipayInStore.Gateway.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

internal sealed class WalletHomeModel(WalletQueries queries) : PageModel
{
    public Buyer Buyer { get; private set; } = null!;
    public long Balance { get; private set; }
    public int PendingCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Buyer, Balance) = await queries.BalanceAsync(User.BuyerId(), ct);
        PendingCount = (await queries.PendingAsync(Buyer.Id, ct)).Count;
    }
}
