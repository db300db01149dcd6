using System.Security.Cryptography;
using AlipayInStore.Protocol.Wire;
using Microsoft.Playwright;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>A new merchant sets up its RSA2 key and notify URL in the portal, then its first signed payment succeeds.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalKeyTests(BrowserGateway gateway)
{
    [Fact]
    public async Task UploadKey_PrivateOr1024BitRefusedThenValid_SignedPaymentSucceedsAndIsInspected()
    {
        var (merchant, userName, password) = await gateway.AddMerchantAsync("Key Test Bakery");
        var page = await gateway.NewPageAsync();
        await PortalSession.SignInMerchantAsync(page, userName, password);
        await Assertions.Expect(page.GetByTestId("partner-id")).ToHaveTextAsync(merchant.PartnerId);
        await PortalSession.ScreenshotAsync(page, "portal-home");

        using var rsa = RSA.Create(2048);
        await page.GotoAsync("/portal/keys");
        await page.FillAsync("textarea[name=PublicKey]", rsa.ExportPkcs8PrivateKeyPem());
        await page.ClickAsync("text=Save public key");
        await Assertions.Expect(page.GetByTestId("key-error")).ToContainTextAsync("This is a private key where a public key belongs");

        using var weak = RSA.Create(1024);
        await page.FillAsync("textarea[name=PublicKey]", weak.ExportSubjectPublicKeyInfoPem());
        await page.ClickAsync("text=Save public key");
        await Assertions.Expect(page.GetByTestId("key-error")).ToContainTextAsync("1024-bit keys are refused");
        await PortalSession.ScreenshotAsync(page, "portal-keys-refused");

        // The file upload path, with the right key.
        await page.SetInputFilesAsync("input[name=KeyFile]", new FilePayload { Name = "merchant_public_key.pem", MimeType = "application/x-pem-file", Buffer = System.Text.Encoding.ASCII.GetBytes(rsa.ExportSubjectPublicKeyInfoPem()) });
        await page.ClickAsync("text=Save public key");
        await Assertions.Expect(page.GetByTestId("key-message")).ToContainTextAsync("Public key saved (2048-bit");
        var fingerprint = await page.GetByTestId("fingerprint").TextContentAsync();
        Assert.Equal("SHA256:" + Convert.ToBase64String(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo())).TrimEnd('='), fingerprint);
        await PortalSession.ScreenshotAsync(page, "portal-keys");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("gateway-key-download").ClickAsync());
        var downloaded = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal((await File.ReadAllTextAsync(gateway.GatewayPublicKeyFile)).Trim(), downloaded.Trim());

        await page.GotoAsync("/portal/notifications");
        await page.FillAsync("input[name=NotifyUrl]", "https://merchant.example/alipay/notify");
        await page.ClickAsync("text=Save notify URL");
        await Assertions.Expect(page.GetByTestId("notify-url")).ToHaveTextAsync("https://merchant.example/alipay/notify");

        var client = MerchantSdk.Client(gateway, merchant.ClientId, merchant.PartnerId, rsa.ExportPkcs8PrivateKeyPem());
        var paid = await client.PayAsync(MerchantSdk.Pay(gateway.Seed.Buyers[0].TestCode, "1250"));
        Assert.True(paid.IsSuccess, paid.ToString());

        await page.GotoAsync("/portal/transactions");
        await page.ClickAsync($"text={paid.Body.AcquirementId}");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("SUCCESS");
        await PortalSession.ReloadUntilVisibleAsync(page, page.GetByTestId("exchange"));
        var exchange = page.GetByTestId("exchange").First;
        await Assertions.Expect(exchange.GetByTestId("verification")).ToHaveTextAsync("valid");
        await Assertions.Expect(exchange.GetByTestId("request")).ToContainTextAsync(paid.Body.MerchantTransId!);
        await Assertions.Expect(exchange.GetByTestId("signed-text")).ToContainTextAsync(paid.Body.MerchantTransId!);
        await Assertions.Expect(exchange.GetByTestId("response")).ToContainTextAsync("\"resultStatus\":\"S\"");
        await PortalSession.ScreenshotAsync(page, "portal-transaction");

        // Signed with a key the portal does not know: refused, and the API log shows why.
        using var other = RSA.Create(2048);
        var forged = await MerchantSdk.Client(gateway, merchant.ClientId, merchant.PartnerId, other.ExportPkcs8PrivateKeyPem())
            .PayAsync(MerchantSdk.Pay(gateway.Seed.Buyers[0].TestCode, "1250"));
        Assert.True(forged.IsFailed, forged.ToString());
        await page.GotoAsync("/portal/exchanges?verification=invalid");
        var refused = page.GetByTestId("api-exchange");
        await PortalSession.ReloadUntilVisibleAsync(page, refused);
        await Assertions.Expect(refused).ToHaveCountAsync(1);
        await Assertions.Expect(refused.GetByTestId("verification")).ToHaveTextAsync("invalid");
        await Assertions.Expect(refused.GetByTestId("response")).ToContainTextAsync(forged.ResultCode);
        await PortalSession.ScreenshotAsync(page, "portal-api-log");
    }
}
