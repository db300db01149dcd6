using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The merchant's recent API exchanges, so a refused signature can be inspected before any transaction exists.</summary>
internal sealed class ExchangesModel(GatewayDbContext db) : PageModel
{
    public const int PageSize = 50;

    public static IReadOnlyList<string> Outcomes { get; } = ["valid", "invalid", "missing", "not-checked"];

    [BindProperty(SupportsGet = true)]
    public string? Verification { get; set; }

    public IReadOnlyList<Exchange> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        var rows = db.Exchanges.AsNoTracking().Where(x => x.MerchantId == merchantId);
        if (Verification is { } v && Outcomes.Contains(v))
        {
            rows = rows.Where(x => x.Verification == v);
        }
        Rows = await rows.OrderByDescending(x => x.At).ThenByDescending(x => x.Id).Take(PageSize).ToListAsync(ct);
    }
}
