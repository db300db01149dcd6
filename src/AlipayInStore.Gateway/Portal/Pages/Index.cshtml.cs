using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Payments;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Portal.Pages;

internal sealed class IndexModel(GatewayDbContext db, IOptions<GatewayOptions> options, IOptions<FxOptions> fx, PublicAddress publicAddress, BusinessDay businessDay, TimeProvider clock) : PageModel
{
    public const int Days = 14;

    public Merchant Merchant { get; private set; } = null!;
    public string GatewayUrl => publicAddress.BaseUrl;
    public string Profile => options.Value.Profile;
    public string ChartSvg { get; private set; } = "";
    public string Currency { get; private set; } = "USD";
    public long TotalVolume { get; private set; }
    public int TotalCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        Merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == merchantId, ct);
        var today = businessDay.Today(clock);
        var from = businessDay.StartOf(today.AddDays(1 - Days));
        var paid = await db.Payments.AsNoTracking()
            .Where(p => p.MerchantId == merchantId && p.PaidAt != null && p.PaidAt >= from)
            .Select(p => new { p.PaidAt, p.Amount, p.Currency })
            .ToListAsync(ct);
        Currency = paid.GroupBy(p => p.Currency).OrderByDescending(g => g.Sum(p => p.Amount)).Select(g => g.Key).FirstOrDefault() ?? fx.Value.WalletCurrency;
        var mine = paid.Where(p => p.Currency == Currency).ToList();
        var days = Enumerable.Range(0, Days).Select(i => today.AddDays(i - Days + 1)).Select(day =>
        {
            var that = mine.Where(p => businessDay.DateOf(p.PaidAt!.Value) == day).ToList();
            return (day, that.Sum(p => p.Amount), that.Count);
        }).ToList();
        TotalVolume = mine.Sum(p => p.Amount);
        TotalCount = mine.Count;
        ChartSvg = VolumeChart.Svg(days, Currency);
    }
}
