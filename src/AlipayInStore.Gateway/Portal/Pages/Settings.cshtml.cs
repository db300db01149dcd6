using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Gateway.Reconciliation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The merchant's own settings: sign type, empty-day files, SFTP password (shown once).</summary>
internal sealed class SettingsModel(GatewayDbContext db, MerchantSettings settings) : PageModel
{
    public Merchant Merchant { get; private set; } = null!;
    public string? Error { get; private set; }
    public string? Message { get; private set; }
    public string? NewSftpPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Merchant = await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(string? signType, bool emptyDayFiles, CancellationToken ct)
    {
        Merchant = await LoadAsync(ct);
        var error = await settings.ApplyAsync(Merchant, new MerchantSettingsPatch { SignType = signType, EmptyDayFiles = emptyDayFiles }, ct);
        Error = error is null ? null : "Not saved: " + error.Message;
        Message = error is null ? "Settings saved." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSftpPasswordAsync(CancellationToken ct)
    {
        Merchant = await LoadAsync(ct);
        try
        {
            NewSftpPassword = await settings.IssueSftpPasswordAsync(Merchant, ct);
        }
        catch (SftpUnavailableException e)
        {
            Error = e.Message;
        }
        return Page();
    }

    private Task<Merchant> LoadAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        return db.Merchants.SingleAsync(m => m.Id == merchantId, ct);
    }
}
