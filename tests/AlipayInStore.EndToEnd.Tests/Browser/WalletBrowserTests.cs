using AlipayInStore.Protocol.Wire;
using Microsoft.Playwright;
using QRCoder;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>The buyer's wallet against the merchant's SDK: both scan directions and a payment waiting for the buyer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WalletBrowserTests(BrowserGateway gateway)
{
    private string AlicePassword => gateway.Seed.Logins.BuyerPasswords["alice"];

    [Fact]
    public async Task MerchantScan_CodeReadFromWalletPage_SdkPaysAndWalletAndPortalShowIt()
    {
        var wallet = await gateway.NewPageAsync(phone: true);
        await PortalSession.SignInBuyerAsync(wallet, "alice", AlicePassword);
        await wallet.GotoAsync("/wallet/pay");
        var code = (await wallet.GetByTestId("payment-code").TextContentAsync())!.Trim();
        Assert.Matches("^28[0-9]{16}$", code);
        // Both pictures carry the same code as the digits: scanned from screenshots, as a cashier would.
        Assert.Equal(code, ImageCodes.Read(await wallet.Locator("svg.barcode").ScreenshotAsync(), ZXing.BarcodeFormat.CODE_128));
        Assert.Equal(code, ImageCodes.Read(await wallet.Locator("svg.qr").ScreenshotAsync(), ZXing.BarcodeFormat.QR_CODE));
        await PortalSession.ScreenshotAsync(wallet, "wallet-pay");

        var client = MerchantSdk.Seeded(gateway);
        var paid = await client.PayAsync(MerchantSdk.Pay(code, "420", "Croissant"));
        Assert.True(paid.IsSuccess, paid.ToString());
        var refund = await client.RefundAsync(new RefundRequest
        {
            AcquirementId = paid.Body.AcquirementId,
            MerchantRefundId = "RF" + Guid.NewGuid().ToString("N")[..16],
            RefundAmount = new Amount { Currency = "USD", Value = "120" },
            IsSync = true,
        });
        Assert.True(refund.IsSuccess, refund.ToString());

        await wallet.GotoAsync("/wallet/transactions");
        var bill = wallet.Locator($"[data-acquirement-id='{paid.Body.AcquirementId}']");
        await Assertions.Expect(bill).ToContainTextAsync("Croissant");
        await Assertions.Expect(bill).ToContainTextAsync("-4.20 USD");
        await Assertions.Expect(bill).ToContainTextAsync("Refund 1.20 USD · SUCCESS");
        await PortalSession.ScreenshotAsync(wallet, "wallet-bills");

        var portal = await gateway.NewPageAsync();
        await PortalSession.SignInMerchantAsync(portal, gateway.Seed.Logins.PortalUserName, gateway.Seed.Logins.PortalPassword);
        await portal.GotoAsync("/portal/transactions?q=" + paid.Body.AcquirementId);
        await Assertions.Expect(portal.GetByTestId("transactions")).ToContainTextAsync("SUCCESS");
        await PortalSession.ScreenshotAsync(portal, "portal-transactions");
    }

    [Fact]
    public async Task CustomerScan_WalletOpensOrderUrlAndPaysWithPassword_QuerySuccess()
    {
        var client = MerchantSdk.Seeded(gateway);
        var order = await client.PreCreateAsync(MerchantSdk.PreCreate("1875"));
        Assert.True(order.IsSuccess, order.ToString());

        var wallet = await gateway.NewPageAsync(phone: true);
        await PortalSession.SignInBuyerAsync(wallet, "alice", AlicePassword, new Uri(order.Body.OrderQrCode!).AbsolutePath);
        await Assertions.Expect(wallet.GetByTestId("order-amount")).ToHaveTextAsync("18.75 USD");
        await Assertions.Expect(wallet.GetByTestId("merchant")).ToContainTextAsync(gateway.Seed.Merchant.Name);
        await PortalSession.ScreenshotAsync(wallet, "wallet-order");

        await wallet.FillAsync("input[name=Password]", "000000" == AlicePassword ? "111111" : "000000");
        await wallet.GetByTestId("pay-button").ClickAsync();
        await Assertions.Expect(wallet.GetByTestId("order-error")).ToHaveTextAsync("Wrong payment password.");
        var before = await client.QueryAsync(new PayQueryRequest { MerchantTransId = order.Body.MerchantTransId });
        Assert.Equal("WAIT_BUYER_PAY", before.Body.AcquirementStatus);

        await wallet.FillAsync("input[name=Password]", AlicePassword);
        await wallet.GetByTestId("pay-button").ClickAsync();
        await Assertions.Expect(wallet.GetByTestId("order-paid")).ToContainTextAsync("Paid");
        await PortalSession.ScreenshotAsync(wallet, "wallet-order-paid");

        var query = await client.QueryAsync(new PayQueryRequest { MerchantTransId = order.Body.MerchantTransId });
        Assert.Equal("SUCCESS", query.Body.AcquirementStatus);
    }

    [Fact]
    public async Task CustomerScan_PhonePhotoOfQrUploaded_DecodedOnServerAndPaid()
    {
        var client = MerchantSdk.Seeded(gateway);
        var order = await client.PreCreateAsync(MerchantSdk.PreCreate("530", "Photo order"));
        Assert.True(order.IsSuccess, order.ToString());
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(order.Body.OrderQrCode!, QRCodeGenerator.ECCLevel.M);
        var photo = PhonePhoto(new PngByteQRCode(data).GetGraphic(6));

        var wallet = await gateway.NewPageAsync(phone: true);
        await PortalSession.SignInBuyerAsync(wallet, "alice", AlicePassword);
        await wallet.GotoAsync("/wallet/scan");
        await wallet.SetInputFilesAsync("input[name=Photo]", new FilePayload { Name = "IMG_2041.jpg", MimeType = "image/jpeg", Buffer = photo });
        await wallet.ClickAsync("text=Read QR code");
        await Assertions.Expect(wallet.GetByTestId("order-amount")).ToHaveTextAsync("5.30 USD");
        Assert.EndsWith("/qr/" + order.Body.AcquirementId, wallet.Url, StringComparison.Ordinal);

        await wallet.FillAsync("input[name=Password]", AlicePassword);
        await wallet.GetByTestId("pay-button").ClickAsync();
        await Assertions.Expect(wallet.GetByTestId("order-paid")).ToBeVisibleAsync();
        var query = await client.QueryAsync(new PayQueryRequest { MerchantTransId = order.Body.MerchantTransId });
        Assert.Equal("SUCCESS", query.Body.AcquirementStatus);
    }

    [Fact]
    public async Task Scenario9903_BuyerConfirmsInWallet_QuerySuccess()
    {
        var client = MerchantSdk.Seeded(gateway);
        var pay = await client.PayAsync(MerchantSdk.Pay(gateway.Seed.Buyers[0].TestCode, "9903", "Needs confirming"));
        Assert.Equal("USER_PAYING", pay.ResultCode);

        var wallet = await gateway.NewPageAsync(phone: true);
        await PortalSession.SignInBuyerAsync(wallet, "alice", AlicePassword);
        await Assertions.Expect(wallet.GetByTestId("pending-link")).ToBeVisibleAsync();
        await PortalSession.ScreenshotAsync(wallet, "wallet-home");
        await wallet.GotoAsync("/wallet/pending");
        var pending = wallet.GetByTestId("pending").Filter(new LocatorFilterOptions { HasText = "Needs confirming" });
        await PortalSession.ScreenshotAsync(wallet, "wallet-pending");
        await pending.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(wallet.GetByTestId("pending-message")).ToContainTextAsync("Paid: 99.03 USD");

        var query = await client.QueryAsync(new PayQueryRequest { MerchantTransId = pay.Body.MerchantTransId });
        Assert.Equal("SUCCESS", query.Body.AcquirementStatus);
    }

    /// <summary>What a phone camera makes of a QR code on a till's screen: a 3000×4000 JPEG, the code small, turned and on a grey background.</summary>
    private static byte[] PhonePhoto(byte[] qrPng)
    {
        using var code = SkiaSharp.SKBitmap.Decode(qrPng);
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(3000, 4000));
        surface.Canvas.Clear(new SkiaSharp.SKColor(96, 100, 104));
        surface.Canvas.Translate(1500, 1800);
        surface.Canvas.RotateDegrees(180);
        surface.Canvas.DrawBitmap(code, new SkiaSharp.SKRect(0, 0, 800, 800));
        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 75);
        return jpeg.ToArray();
    }
}
