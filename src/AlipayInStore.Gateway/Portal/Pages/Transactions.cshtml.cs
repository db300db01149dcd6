using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Payments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

internal sealed class TransactionsModel(GatewayDbContext db) : PageModel
{
    public const int PageSize = 100;

    public static IReadOnlyList<string> Statuses { get; } = Enum.GetValues<PaymentStatus>().Select(s => s.ToWire()).ToList();

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<Payment> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        var query = db.Payments.AsNoTracking().Where(p => p.MerchantId == merchantId);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(p => p.AcquirementId.Contains(q) || p.MerchantTransId.Contains(q) || p.BuyerId == q);
        }
        if (Enum.GetValues<PaymentStatus>().Where(s => s.ToWire() == Status).Cast<PaymentStatus?>().FirstOrDefault() is { } status)
        {
            query = query.Where(p => p.Status == status);
        }
        if (Kind == "pay")
        {
            query = query.Where(p => p.Kind == PaymentKind.BarCode);
        }
        else if (Kind == "precreate")
        {
            query = query.Where(p => p.Kind == PaymentKind.QrCode);
        }
        Rows = await query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(PageSize).ToListAsync(ct);
    }
}
