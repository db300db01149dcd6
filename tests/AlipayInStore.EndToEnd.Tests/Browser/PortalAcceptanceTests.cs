using System.Security.Cryptography;
using System.Xml.Linq;
using AlipayInStore.Client;
using AlipayInStore.Gateway.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>
/// A merchant walks its till through an acceptance run in the portal: the SDK pays as the POS would, each case's row
/// turns Passed on the open page by itself, the questionnaire is answered, and the exported report shows it all.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalAcceptanceTests(BrowserGateway gateway)
{
    private static readonly LocatorAssertionsToHaveAttributeOptions Live = new() { Timeout = 20_000 };
    private static readonly PaymentFlowOptions QuickPolling = new() { PollInterval = TimeSpan.FromSeconds(1), PollDuration = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task AcceptanceRun_TillPaysThroughSdk_RowsTurnPassedLiveAndReportShowsVerdictsAndAnswers()
    {
        var (till, userName, password) = await MerchantWithKeyAsync();
        var page = await gateway.NewPageAsync();
        await PortalSession.SignInMerchantAsync(page, userName, password);
        await page.ClickAsync("nav >> text=Acceptance test");
        await page.GetByTestId("start-run").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-number")).ToHaveTextAsync("1");
        var runId = (await page.GetByTestId("run-id").TextContentAsync())!;
        await Assertions.Expect(Row(page, "merchant-scan-success")).ToHaveAttributeAsync("data-verdict", "Pending");
        await PortalSession.ScreenshotAsync(page, "portal-acceptance-started");

        // Case 1: an ordinary merchant-scan payment.
        await MarkDocumentAsync(page);
        var paid = await till.PayAndConfirmAsync(MerchantSdk.Pay(gateway.Seed.Buyers[0].TestCode, "1250", "Acceptance latte"), QuickPolling);
        Assert.True(paid.IsPaid, paid.ToString());
        await Assertions.Expect(Row(page, "merchant-scan-success")).ToHaveAttributeAsync("data-verdict", "Passed", Live);
        await Assertions.Expect(Row(page, "merchant-scan-success").Locator(".evidence code").First).ToContainTextAsync(paid.MerchantTransId);
        await AssertSameDocumentAsync(page);
        await PortalSession.ScreenshotAsync(page, "portal-acceptance-case1-passed");
        await page.GetByTestId("next-case").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-number")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("current-instructions")).ToContainTextAsync("99.03");

        // Case 2: the buyer confirms in the wallet while the till polls.
        await MarkDocumentAsync(page);
        var flow = till.PayAndConfirmAsync(MerchantSdk.Pay(gateway.Seed.Buyers[0].TestCode, "9903", "Acceptance confirm " + runId), QuickPolling);
        await Assertions.Expect(Row(page, "buyer-confirms-9903")).ToContainTextAsync("Waiting for a payQuery", new() { Timeout = 20_000 });
        await ConfirmInWalletAsync("Acceptance confirm " + runId);
        var confirmed = await flow;
        Assert.True(confirmed.IsPaid, confirmed.ToString());
        await Assertions.Expect(Row(page, "buyer-confirms-9903")).ToHaveAttributeAsync("data-verdict", "Passed", Live);
        await Assertions.Expect(page.Locator("[data-role=passed]")).ToHaveTextAsync("2");
        await AssertSameDocumentAsync(page);
        await page.GetByTestId("next-case").ClickAsync();
        await Assertions.Expect(page.GetByTestId("current-number")).ToHaveTextAsync("3");

        await AnswerQuestionnaireAsync(page);
        await PortalSession.ScreenshotAsync(page, "portal-acceptance-run");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-junit").ClickAsync());
        var junit = XDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        var cases = junit.Descendants("testcase").ToDictionary(c => c.Attribute("name")!.Value);
        Assert.False(cases["merchant-scan-success"].HasElements);
        Assert.False(cases["buyer-confirms-9903"].HasElements);

        await page.GetByTestId("report-html").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(gateway.BaseAddress, $"/portal/acceptance/{runId}/report.html").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Acceptance run " + runId);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("2 passed, 0 failed");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Merchant-scan payment succeeds" }).Locator("td.Passed")).ToHaveTextAsync("Passed");
        await Assertions.Expect(page.Locator("tr", new() { HasText = "Buyer confirmation is awaited" }).Locator("td.Passed")).ToHaveTextAsync("Passed");
        var answers = page.Locator("#questionnaire");
        await Assertions.Expect(answers).ToContainTextAsync("TillPoint POS");
        await Assertions.Expect(answers).ToContainTextAsync("4.2.1");
        await Assertions.Expect(answers).ToContainTextAsync("merchant-scan, customer-scan");
        await Assertions.Expect(answers).ToContainTextAsync("integration@acceptance.test");
        await PortalSession.ScreenshotAsync(page, "portal-acceptance-report");

        await page.GotoAsync("/portal/acceptance");
        var listed = page.GetByTestId("run-" + runId);
        await Assertions.Expect(listed).ToContainTextAsync("case 3 of");
        await Assertions.Expect(listed.Locator(".verdict.Passed")).ToHaveTextAsync("2");
        await PortalSession.ScreenshotAsync(page, "portal-acceptance-runs");
    }

    private static ILocator Row(IPage page, string caseId) => page.GetByTestId("case-" + caseId);

    // A flag in the page's window survives only as long as the document: the live refresh must not reload it.
    private static Task MarkDocumentAsync(IPage page) => page.EvaluateAsync("() => { window.sameDocument = true; }");

    private static async Task AssertSameDocumentAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page was reloaded; the grades should update in place");

    private async Task ConfirmInWalletAsync(string title)
    {
        var wallet = await gateway.NewPageAsync(phone: true);
        await PortalSession.SignInBuyerAsync(wallet, "alice", gateway.Seed.Logins.BuyerPasswords["alice"]);
        await wallet.GotoAsync("/wallet/pending");
        var pending = wallet.GetByTestId("pending").Filter(new LocatorFilterOptions { HasText = title });
        await pending.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(wallet.GetByTestId("pending-message")).ToContainTextAsync("Paid: 99.03 USD");
        await wallet.Context.CloseAsync();
    }

    private static async Task AnswerQuestionnaireAsync(IPage page)
    {
        await page.CheckAsync("input[name='Form.IntegrationMode'][value=direct]");
        await page.FillAsync("input[name='Form.PosSoftware']", "TillPoint POS");
        await page.FillAsync("input[name='Form.PosVersion']", "4.2.1");
        await page.CheckAsync("input[name='Form.MerchantScan']");
        await page.CheckAsync("input[name='Form.CustomerScan']");
        await page.FillAsync("input[name='Form.PayTimeoutSeconds']", "90");
        await page.CheckAsync("input[name='Form.ResultChannel'][value=both]");
        await page.CheckAsync("input[name='Form.RefundsFromTill'][value=yes]");
        await page.FillAsync("input[name='Form.ContactEmail']", "integration@acceptance.test");
        await page.FillAsync("textarea[name='Form.Notes']", "Tills run offline for up to 2 minutes; queued refunds go out afterwards.");
        await page.GetByTestId("save-questionnaire").ClickAsync();
        await Assertions.Expect(page.GetByTestId("questionnaire-errors"))
            .ToContainTextAsync("Client timeout for pay (seconds): must be a whole number from 1 to 60 (got '90').");
        await PortalSession.ScreenshotAsync(page, "portal-acceptance-questionnaire-refused");

        await page.FillAsync("input[name='Form.PayTimeoutSeconds']", "15");
        await page.GetByTestId("save-questionnaire").ClickAsync();
        await Assertions.Expect(page.GetByTestId("questionnaire-message")).ToContainTextAsync("Questionnaire saved");
        await Assertions.Expect(page.GetByTestId("questionnaire-answers")).ToContainTextAsync("TillPoint POS");
    }

    /// <summary>A merchant of its own (its runs and traffic are this test's alone) with an RSA2 key, and the SDK as its till.</summary>
    private async Task<(AlipayInStoreClient Till, string UserName, string Password)> MerchantWithKeyAsync()
    {
        var (merchant, userName, password) = await gateway.AddMerchantAsync("Acceptance Cafe");
        using var rsa = RSA.Create(2048);
        await using (var scope = gateway.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GatewayDbContext>();
            (await db.Merchants.SingleAsync(m => m.Id == merchant.Id)).SetRsaPublicKey(rsa.ExportSubjectPublicKeyInfoPem());
            await db.SaveChangesAsync();
        }
        return (MerchantSdk.Client(gateway, merchant.ClientId, merchant.PartnerId, rsa.ExportPkcs8PrivateKeyPem()), userName, password);
    }
}
