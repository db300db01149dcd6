using Microsoft.Playwright;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>The portal's information pages, as the seeded merchant sees them (screenshots saved for review).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalPagesTests(BrowserGateway gateway)
{
    [Fact]
    public async Task SeededMerchant_BrowsesPortal_HomeChartBuyersDocsShowItsData()
    {
        var paid = await MerchantSdk.Seeded(gateway).PayAsync(MerchantSdk.Pay(gateway.Seed.Buyers[1].TestCode, "650", "Chart me"));
        Assert.True(paid.IsSuccess, paid.ToString());
        var page = await gateway.NewPageAsync();
        await PortalSession.SignInMerchantAsync(page, gateway.Seed.Logins.PortalUserName, gateway.Seed.Logins.PortalPassword);

        await Assertions.Expect(page.GetByTestId("client-id")).ToHaveTextAsync(gateway.Seed.Merchant.ClientId);
        var chart = page.GetByTestId("volume-chart");
        Assert.Equal(14, await chart.Locator("rect").CountAsync());
        await Assertions.Expect(chart.Locator("rect title").Last).ToContainTextAsync("USD in");
        await PortalSession.ScreenshotAsync(page, "portal-home-chart");

        await page.ClickAsync("nav >> text=Buyer Information");
        await Assertions.Expect(page.GetByTestId("buyers")).ToContainTextAsync(gateway.Seed.Buyers[0].TestCode);
        Assert.Equal(1, await page.Locator("svg.qr").CountAsync());
        await PortalSession.ScreenshotAsync(page, "portal-buyers");

        await page.ClickAsync("nav >> text=Merchant Information");
        await Assertions.Expect(page.GetByTestId("merchant-balance")).ToContainTextAsync("USD");
        await PortalSession.ScreenshotAsync(page, "portal-merchant");

        await page.ClickAsync("nav >> text=Notifications");
        await PortalSession.ScreenshotAsync(page, "portal-notifications");
        await page.ClickAsync("nav >> text=Reconciliation files");
        await Assertions.Expect(page.GetByTestId("files-placeholder")).ToContainTextAsync(gateway.Seed.Merchant.PartnerId);

        await page.ClickAsync("nav >> text=Documentation");
        await Assertions.Expect(page.GetByTestId("doc").Locator("h1").First).ToBeVisibleAsync();
        await page.GotoAsync("/portal/docs/scenarios");
        await Assertions.Expect(page.GetByTestId("doc").Locator("table").First).ToContainTextAsync("9903");
        await PortalSession.ScreenshotAsync(page, "portal-docs");
    }
}
