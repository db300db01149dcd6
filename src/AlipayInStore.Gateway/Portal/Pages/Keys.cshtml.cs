using System.Security.Cryptography;
using System.Text;
using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Keys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Portal.Pages;

/// <summary>Sandbox Information → Basic Information: the merchant's RSA2 public key, the gateway's, the SHA256 key.</summary>
internal sealed class KeysModel(GatewayDbContext db, GatewayKeys gatewayKeys) : PageModel
{
    private const int MaxKeyFileBytes = 16 * 1024;

    public Merchant Merchant { get; private set; } = null!;
    public string? Fingerprint { get; private set; }
    public int Bits { get; private set; }
    public string? Error { get; private set; }
    public string? Message { get; private set; }
    public string? NewSha256Key { get; private set; }
    public string GatewayPem => gatewayKeys.PublicKey.ExportPem();
    public string GatewayFingerprint => gatewayKeys.PublicKey.Fingerprint;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public IActionResult OnGetGatewayKey() =>
        File(Encoding.ASCII.GetBytes(GatewayPem), "application/x-pem-file", "alipay_public_key.pem");

    public async Task<IActionResult> OnPostRsaAsync(string? publicKey, IFormFile? keyFile, CancellationToken ct)
    {
        await LoadAsync(ct, track: true);
        var text = publicKey;
        if (string.IsNullOrWhiteSpace(text) && keyFile is { Length: > 0 })
        {
            if (keyFile.Length > MaxKeyFileBytes)
            {
                Error = "That file is too large to be a public key.";
                return Page();
            }
            using var reader = new StreamReader(keyFile.OpenReadStream());
            text = await reader.ReadToEndAsync(ct);
        }
        try
        {
            var key = RsaPublicKey.Load(text);
            Merchant.SetRsaPublicKey(key.ExportPem());
            await db.SaveChangesAsync(ct);
            Message = $"Public key saved ({key.Bits}-bit, fingerprint {key.Fingerprint}). Requests signed with its private key are accepted from now on.";
            Describe();
        }
        catch (KeyLoadException ex)
        {
            Error = "The key was not saved. " + ex.Message;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSha256Async(CancellationToken ct)
    {
        await LoadAsync(ct, track: true);
        NewSha256Key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Merchant.SetSha256Key(NewSha256Key);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct, bool track = false)
    {
        var merchantId = User.MerchantId();
        var merchants = track ? db.Merchants : db.Merchants.AsNoTracking();
        Merchant = await merchants.SingleAsync(m => m.Id == merchantId, ct);
        Describe();
    }

    private void Describe()
    {
        try
        {
            var key = Merchant.RsaPublicKeyPem is { } pem ? RsaPublicKey.Load(pem) : null;
            Fingerprint = key?.Fingerprint;
            Bits = key?.Bits ?? 0;
        }
        catch (KeyLoadException)
        {
            Fingerprint = null;
        }
    }
}
