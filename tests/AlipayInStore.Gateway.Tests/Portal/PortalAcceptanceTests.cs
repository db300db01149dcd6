using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlipayInStore.Gateway.Acceptance;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>My Alipay → Acceptance test over plain HTTP: runs are the signed-in merchant's own, the questionnaire refuses
/// broken answers by field and rule without saving, and saved answers reach both HTML exports.</summary>
public sealed partial class PortalAcceptanceTests : IAsyncLifetime
{
    private GatewayFixture _gateway = null!;

    public async Task InitializeAsync() => _gateway = await GatewayFixture.StartAsync(background: false);

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task OtherMerchantUser_OpensOrDrivesSeededMerchantsRun_NotFoundAndRunUntouched()
    {
        using var owner = await PortalSession.SignInSeededAsync(_gateway);
        var runId = await StartRunAsync(owner);
        using var other = await PortalSession.SignInOtherMerchantAsync(_gateway);

        foreach (var path in new[] { "", "?handler=Report", "/report.html", "/junit.xml" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/portal/acceptance/{runId}{path}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/portal/acceptance/{runId}{path}")).StatusCode);
        }
        Assert.DoesNotContain(runId, await other.Client.GetStringAsync("/portal/acceptance"), StringComparison.Ordinal);
        Assert.Contains(runId, PortalSession.Section(await owner.Client.GetStringAsync("/portal/acceptance"), "runs"), StringComparison.Ordinal);

        var token = Token(await other.Client.GetStringAsync("/portal/acceptance"));
        using var next = await other.Client.PostAsync($"/portal/acceptance/{runId}?handler=Next", Form(token));
        using var answers = await other.Client.PostAsync($"/portal/acceptance/{runId}?handler=Questionnaire", Form(token, ValidAnswers()));

        Assert.Equal(HttpStatusCode.NotFound, next.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answers.StatusCode);
        Assert.Equal(0, await _gateway.WithDbAsync(db => db.AcceptanceRuns.Where(r => r.RunId == runId).Select(r => r.CaseIndex).SingleAsync()));
        Assert.False(await _gateway.WithDbAsync(db => db.AcceptanceQuestionnaires.AnyAsync()));
    }

    [Fact]
    public async Task Questionnaire_BrokenAnswers_EachErrorNamesFieldAndRuleAndNothingSaved()
    {
        using var owner = await PortalSession.SignInSeededAsync(_gateway);
        var runId = await StartRunAsync(owner);
        var broken = ValidAnswers();
        broken.Remove("Form.IntegrationMode");
        broken["Form.PayTimeoutSeconds"] = "90";
        broken["Form.ContactEmail"] = "integration at shop";
        broken["Form.ResultChannel"] = "";

        using var response = await owner.PostFormAsync($"/portal/acceptance/{runId}", broken, "Questionnaire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = WebUtility.HtmlDecode(Between(await response.Content.ReadAsStringAsync(), "data-testid=\"questionnaire-errors\"", "</div>"));
        Assert.Contains("Nothing was saved", errors, StringComparison.Ordinal);
        Assert.Contains("Integration mode: is required: choose direct or ISV.", errors, StringComparison.Ordinal);
        Assert.Contains("Client timeout for pay (seconds): must be a whole number from 1 to 60 (got '90').", errors, StringComparison.Ordinal);
        Assert.Contains("Contact e-mail: must be an e-mail address like name@example.com (got 'integration at shop').", errors, StringComparison.Ordinal);
        Assert.Contains("How the till learns a customer-scan result: is required with customer-scan", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("POS or till software", errors, StringComparison.Ordinal);
        Assert.False(await _gateway.WithDbAsync(db => db.AcceptanceQuestionnaires.AnyAsync()));
    }

    [Fact]
    public async Task Questionnaire_SavedThenChangedThenBroken_OneRowWithLastValidAnswersInBothHtmlExports()
    {
        using var owner = await PortalSession.SignInSeededAsync(_gateway);
        var runId = await StartRunAsync(owner);
        using (await owner.PostFormAsync($"/portal/acceptance/{runId}", ValidAnswers(), "Questionnaire"))
        {
        }
        var changed = ValidAnswers();
        changed["Form.PosVersion"] = "4.3.0";
        using var saved = await owner.PostFormAsync($"/portal/acceptance/{runId}", changed, "Questionnaire");
        Assert.Contains("Questionnaire saved", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var broken = ValidAnswers();
        broken["Form.PosVersion"] = "9.9.9";
        broken["Form.PayTimeoutSeconds"] = "0";
        using (await owner.PostFormAsync($"/portal/acceptance/{runId}", broken, "Questionnaire"))
        {
        }

        var row = await _gateway.WithDbAsync(db => db.AcceptanceQuestionnaires.AsNoTracking().SingleAsync());
        Assert.Equal("4.3.0", row.PosVersion);
        Assert.Equal(ResultChannel.Both, row.ResultChannel);
        using var portalExport = await owner.Client.GetAsync($"/portal/acceptance/{runId}/report.html");
        Assert.Equal("text/html", portalExport.Content.Headers.ContentType?.MediaType);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/sandbox/acceptance/runs/{runId}/report.html");
        request.Headers.Authorization = new("Bearer", _gateway.Token);
        using var controlExport = await _gateway.Http.SendAsync(request);
        foreach (var html in new[] { await portalExport.Content.ReadAsStringAsync(), await controlExport.Content.ReadAsStringAsync() })
        {
            var answers = Between(html, "<h2>Questionnaire</h2>", "</dl>");
            Assert.Contains("<dt>POS or till software</dt><dd>TillPoint POS</dd>", answers, StringComparison.Ordinal);
            Assert.Contains("<dt>POS or till software version</dt><dd>4.3.0</dd>", answers, StringComparison.Ordinal);
            Assert.Contains("<dd>merchant-scan, customer-scan</dd>", answers, StringComparison.Ordinal);
            Assert.Contains("<dt>Client timeout for pay (seconds)</dt><dd>15</dd>", answers, StringComparison.Ordinal);
            Assert.Contains("<dd>integration@shop.test</dd>", answers, StringComparison.Ordinal);
            Assert.Contains("Receipts print &lt;b&gt;twice&lt;/b&gt;", answers, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReportHandler_RunWithPayment_JsonGradesMerchantScanPassed()
    {
        using var owner = await PortalSession.SignInSeededAsync(_gateway);
        var runId = await StartRunAsync(owner);
        _gateway.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("S", (await _gateway.Merchant.PayAsync("PA-1", "1250")).Status);

        using var response = await owner.Client.GetAsync($"/portal/acceptance/{runId}?handler=Report");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var first = report.GetProperty("cases")[0];
        Assert.Equal("merchant-scan-success", first.GetProperty("id").GetString());
        Assert.Equal("Passed", first.GetProperty("verdict").GetString());
        Assert.Equal(1, report.GetProperty("passed").GetInt32());
        Assert.Equal("merchant-scan-success", report.GetProperty("current").GetProperty("id").GetString());
    }

    [Fact]
    public async Task KitButton_ForgedCase_SendsTheForgeryAgainAndGradesTheLatest()
    {
        await using var receiver = await Notifications.NotifyReceiver.StartAsync(_gateway, _ => Notifications.ReceiverAnswer.Acknowledge);
        await Notifications.NotificationKit.SetNotifyUrlAsync(_gateway, receiver.Url);
        await Notifications.NotificationKit.PayAsync(_gateway, "PA-K");
        using var owner = await PortalSession.SignInSeededAsync(_gateway);
        var runId = await StartRunAsync(owner);
        Assert.DoesNotContain("data-testid=\"kit-again\"", await owner.Client.GetStringAsync($"/portal/acceptance/{runId}"), StringComparison.Ordinal);
        while (!(await owner.Client.GetStringAsync($"/portal/acceptance/{runId}")).Contains("<code>forged-notification</code> · <span data-role=\"status\">current", StringComparison.Ordinal))
        {
            using var next = await owner.PostFormAsync($"/portal/acceptance/{runId}", new(), "Next");
            Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        }
        Assert.Equal(3, receiver.Count); // two repeats, one forgery

        var page = await owner.Client.GetStringAsync($"/portal/acceptance/{runId}");
        Assert.Contains("Send the kit&#x27;s notifications again", page, StringComparison.Ordinal);
        using var again = await owner.PostFormAsync($"/portal/acceptance/{runId}", new(), "Kit");

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(4, receiver.Count);
        Assert.False(receiver.Deliveries[3].SignatureValid);
        var report = JsonDocument.Parse(await owner.Client.GetStringAsync($"/portal/acceptance/{runId}?handler=Report")).RootElement;
        var forged = report.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "forged-notification");
        Assert.Equal(("Failed", "ForgeNotification"), (forged.GetProperty("verdict").GetString(), forged.GetProperty("kit").GetString()));
        Assert.Single(forged.GetProperty("evidence").EnumerateArray());
    }

    private static async Task<string> StartRunAsync(PortalSession session)
    {
        using var response = await session.PostFormAsync("/portal/acceptance", new(), "Start");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/portal/acceptance/", location, StringComparison.Ordinal);
        return location["/portal/acceptance/".Length..];
    }

    private static Dictionary<string, string> ValidAnswers() => new()
    {
        ["Form.IntegrationMode"] = "direct",
        ["Form.PosSoftware"] = "TillPoint POS",
        ["Form.PosVersion"] = "4.2.1",
        ["Form.MerchantScan"] = "true",
        ["Form.CustomerScan"] = "true",
        ["Form.PayTimeoutSeconds"] = "15",
        ["Form.ResultChannel"] = "both",
        ["Form.RefundsFromTill"] = "yes",
        ["Form.ContactEmail"] = "integration@shop.test",
        ["Form.Notes"] = "Receipts print <b>twice</b>",
    };

    private static FormUrlEncodedContent Form(string token, Dictionary<string, string>? fields = null) =>
        new(new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token });

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start} in the page");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? html[from..] : html[from..to];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
