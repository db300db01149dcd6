using Microsoft.Playwright;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>What a person does in the pages: sign in, take a screenshot.</summary>
internal static class PortalSession
{
    public static async Task SignInMerchantAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/portal/login");
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button[type=submit]");
    }

    public static async Task SignInBuyerAsync(IPage page, string buyerId, string password, string? returnUrl = null)
    {
        await page.GotoAsync("/wallet/login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)));
        await page.FillAsync("input[name=BuyerId]", buyerId);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Reloads until <paramref name="locator"/> finds something: exchanges are recorded just after the answer.</summary>
    public static async Task ReloadUntilVisibleAsync(IPage page, ILocator locator)
    {
        for (var attempt = 0; attempt < 40 && await locator.CountAsync() == 0; attempt++)
        {
            await Task.Delay(250);
            await page.ReloadAsync();
        }
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserGateway.ScreenshotDirectory, name + ".png"), FullPage = true });
}
