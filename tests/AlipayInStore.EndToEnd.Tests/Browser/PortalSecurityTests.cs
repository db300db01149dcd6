using Microsoft.Playwright;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>What the portal refuses: other merchants' data, forms without their anti-forgery token, guessed passwords.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalSecurityTests(BrowserGateway gateway)
{
    [Fact]
    public async Task MerchantB_OpensMerchantATransactionByUrl_NotFoundAndNotListed()
    {
        var paid = await MerchantSdk.Seeded(gateway).PayAsync(MerchantSdk.Pay(gateway.Seed.Buyers[0].TestCode, "777", "Merchant A's espresso"));
        Assert.True(paid.IsSuccess, paid.ToString());
        var (_, userName, password) = await gateway.AddMerchantAsync("Merchant B");

        var page = await gateway.NewPageAsync();
        await PortalSession.SignInMerchantAsync(page, userName, password);
        var response = await page.GotoAsync("/portal/transactions/" + paid.Body.AcquirementId);
        Assert.Equal(404, response!.Status);
        await page.GotoAsync("/portal/transactions?q=" + paid.Body.AcquirementId);
        await Assertions.Expect(page.GetByTestId("transactions")).Not.ToContainTextAsync(paid.Body.AcquirementId!);
        await Assertions.Expect(page.GetByText("No transactions match.")).ToBeVisibleAsync();

        // Merchant A, signed in, does see it.
        var owner = await gateway.NewPageAsync();
        await PortalSession.SignInMerchantAsync(owner, gateway.Seed.Logins.PortalUserName, gateway.Seed.Logins.PortalPassword);
        Assert.Equal(200, (await owner.GotoAsync("/portal/transactions/" + paid.Body.AcquirementId))!.Status);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_Refused_KeyUnchanged()
    {
        var (_, userName, password) = await gateway.AddMerchantAsync("Forgery Target");
        var page = await gateway.NewPageAsync();
        await PortalSession.SignInMerchantAsync(page, userName, password);
        await page.GotoAsync("/portal/notifications");

        // Signed in (the cookie goes along), but the form's hidden token is missing.
        var forged = await page.Context.APIRequest.PostAsync("/portal/notifications", new APIRequestContextOptions
        {
            Form = page.Context.APIRequest.CreateFormData().Set("NotifyUrl", "https://attacker.example/steal"),
        });
        Assert.Equal(400, forged.Status);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("notify-url")).ToHaveTextAsync("none");

        // The same POST through the page's form (with its token) is accepted.
        await page.FillAsync("input[name=NotifyUrl]", "https://merchant.example/n");
        await page.ClickAsync("text=Save notify URL");
        await Assertions.Expect(page.GetByTestId("notify-url")).ToHaveTextAsync("https://merchant.example/n");
    }

    [Fact]
    public async Task WrongPasswordFiveTimes_AccountLocked_EvenRightPasswordRefused()
    {
        var (_, userName, password) = await gateway.AddMerchantAsync("Lockout Cafe");
        var page = await gateway.NewPageAsync();
        for (var i = 1; i <= 4; i++)
        {
            await PortalSession.SignInMerchantAsync(page, userName, "wrong-" + i);
            await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Wrong user name or password.");
        }
        await PortalSession.SignInMerchantAsync(page, userName, "wrong-5");
        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("locked");

        await PortalSession.SignInMerchantAsync(page, userName, password);
        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("locked");
        await PortalSession.ScreenshotAsync(page, "portal-locked");
        Assert.EndsWith("/portal/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }
}
