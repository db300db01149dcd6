using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Payments;
using AlipayInStore.Gateway.Refunds;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

internal sealed class BillsModel(WalletQueries queries) : PageModel
{
    public IReadOnlyList<(Payment Payment, string Merchant, IReadOnlyList<Refund> Refunds)> Bills { get; private set; } = [];
    public long Balance { get; private set; }
    public string Currency { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (buyer, balance) = await queries.BalanceAsync(User.BuyerId(), ct);
        (Balance, Currency) = (balance, buyer.Currency);
        Bills = await queries.BillsAsync(buyer.Id, ct);
    }
}
