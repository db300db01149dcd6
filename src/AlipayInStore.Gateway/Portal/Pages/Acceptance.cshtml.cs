using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The signed-in merchant's acceptance runs (newest first, graded) and starting a new one.</summary>
internal sealed class AcceptanceModel(GatewayDbContext db, AcceptanceService service) : PageModel
{
    /// <summary>How many of the latest runs are listed (each is graded from the recorded exchanges).</summary>
    public const int Shown = 20;

    public IReadOnlyList<RunReport> Runs { get; private set; } = [];
    public int CaseCount => AcceptanceCatalog.Cases.Count;

    public async Task OnGetAsync(CancellationToken ct) => Runs = await service.ListAsync(User.MerchantId(), Shown, ct);

    /// <summary>As the control API's POST /sandbox/acceptance/runs, always for the signed-in merchant; then opens the run.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        var merchant = await db.Merchants.AsNoTracking().SingleAsync(m => m.Id == merchantId, ct);
        var run = await service.StartAsync(merchant, ct);
        return Redirect("/portal/acceptance/" + run.RunId);
    }
}
