using System.Globalization;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Reconciliation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>The merchant's reconciliation files (list, download, generate now) and its SFTP access (SSH key, host, port, user).</summary>
internal sealed class FilesModel(GatewayDbContext db, ReconciliationService service, IOptions<ReconciliationOptions> options) : PageModel
{
    /// <summary>The port this gateway's SFTP server listens on, or null when it was started without one.</summary>
    public int? SftpPort => options.Value.SftpPort;

    public string PartnerId { get; private set; } = "";
    public IReadOnlyList<ReconciliationFile> Files { get; private set; } = [];
    public DateOnly Yesterday => service.Today.AddDays(-1);
    public IReadOnlyList<string> SshKeys { get; private set; } = [];
    public string SftpUser => Reconciliation.SftpUser.Of(PartnerId);
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Serves a file of the signed-in merchant's partner id only; <paramref name="date"/> is yyyyMMdd.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? date, CancellationToken ct)
    {
        var partnerId = await PartnerIdAsync(ct);
        if (!DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !ReconciliationFileNames.IsSafePartnerId(partnerId))
        {
            return NotFound();
        }
        var path = service.Layout.ArchivePath(partnerId, day);
        return System.IO.File.Exists(path) ? PhysicalFile(path, "text/plain; charset=utf-8", Path.GetFileName(path)) : NotFound();
    }

    public async Task<IActionResult> OnPostGenerateAsync(string? date, CancellationToken ct)
    {
        var partnerId = await PartnerIdAsync(ct);
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Error = "Choose a date (yyyy-MM-dd).";
        }
        else
        {
            switch (await service.GenerateAsync(partnerId, day, ct))
            {
                case GenerateOutcome.NotOver notOver:
                    Error = $"{date} is not over yet on the sandbox clock; a day's file covers a whole day. Choose {notOver.Yesterday:yyyy-MM-dd} or earlier.";
                    break;
                case GenerateOutcome.UnsafePartner:
                    Error = $"Partner ID {partnerId} cannot name a file (letters and digits only).";
                    break;
                case GenerateOutcome.Generated { File: var file }:
                    Message = file.HasFile
                        ? $"{file.FileName} generated: {file.RowCount} rows, SHA-256 {file.Sha256}."
                        : $"No transactions on {date}: no file for that day. Turn on empty-day files in Settings to get a header-only file for such days.";
                    break;
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The partner's SSH public keys, stored as the control API's PUT /sandbox/reconciliation/{partnerId}/ssh-key stores them.</summary>
    public async Task<IActionResult> OnPostSshKeyAsync(string? sshKey, CancellationToken ct)
    {
        var partnerId = await PartnerIdAsync(ct);
        if (!ReconciliationFileNames.IsSafePartnerId(partnerId))
        {
            Error = $"Partner ID {partnerId} cannot name an SFTP account (letters and digits only).";
        }
        else if (await service.SaveSshKeysAsync(partnerId, sshKey, ct) is { } stored)
        {
            Message = $"{stored} SSH public key(s) saved for user {Reconciliation.SftpUser.Of(partnerId)}; they take effect when the SFTP server (re)starts.";
        }
        else
        {
            Error = "The key was not saved: paste 1 to 10 OpenSSH public key lines (ssh-ed25519 …, ssh-rsa …, ecdsa-…), e.g. the content of ~/.ssh/id_ed25519.pub.";
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task<string> PartnerIdAsync(CancellationToken ct)
    {
        var merchantId = User.MerchantId();
        return await db.Merchants.Where(m => m.Id == merchantId).Select(m => m.PartnerId).SingleAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PartnerId = await PartnerIdAsync(ct);
        var partnerId = PartnerId;
        Files = await db.ReconciliationFiles.AsNoTracking().Where(f => f.PartnerId == partnerId && f.FileName != "")
            .OrderByDescending(f => f.BusinessDate).Take(400).ToListAsync(ct);
        SshKeys = [];
        if (ReconciliationFileNames.IsSafePartnerId(partnerId) && System.IO.File.Exists(service.Layout.PublicKeysFile(partnerId)))
        {
            var text = await System.IO.File.ReadAllTextAsync(service.Layout.PublicKeysFile(partnerId), ct);
            SshKeys = [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Describe)];
        }
    }

    // The type and comment of a key line, and the end of its key material, so a key can be recognised without showing all of it.
    private static string Describe(string line)
    {
        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var material = parts.Length > 1 ? "…" + parts[1][^Math.Min(12, parts[1].Length)..] : "";
        return string.Join(' ', new[] { parts[0], material, parts.Length > 2 ? parts[2] : "" }.Where(p => p.Length > 0));
    }
}
