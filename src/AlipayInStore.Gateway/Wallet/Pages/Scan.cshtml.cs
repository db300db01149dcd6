using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AlipayInStore.Gateway.Wallet.Pages;

/// <summary>Scanning from a browser: paste the order QR's URL, or take or upload a picture of it, read on the server.</summary>
internal sealed class ScanModel(QrImageDecoder decoder) : PageModel
{
    private const long MaxPhotoBytes = 8 * 1024 * 1024;

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPostUrl(string? url) => Open(url);

    public async Task<IActionResult> OnPostPhotoAsync(IFormFile? photo, CancellationToken ct)
    {
        if (photo is null || photo.Length == 0 || photo.Length > MaxPhotoBytes)
        {
            Error = "Choose a photo or screenshot of the QR code (at most 8 MB).";
            return Page();
        }
        using var buffer = new MemoryStream();
        await photo.CopyToAsync(buffer, ct);
        var (text, problem) = decoder.Decode(buffer.ToArray());
        if (text is null)
        {
            Error = problem;
            return Page();
        }
        return Open(text);
    }

    /// <summary>Accepts this gateway's <c>/qr/&lt;acquirementId&gt;</c> links, whatever host they name.</summary>
    private IActionResult Open(string? text)
    {
        var marker = text?.IndexOf("/qr/", StringComparison.Ordinal) ?? -1;
        var id = marker < 0 ? "" : text![(marker + 4)..].Split('?', '#', '/')[0];
        if (id.Length == 0 || !id.All(char.IsAsciiLetterOrDigit))
        {
            Error = $"That is not an Alipay order QR code of this sandbox: '{text}'.";
            return Page();
        }
        return Redirect("/qr/" + id);
    }
}
