using System.Text.Json;
using System.Text.Json.Nodes;
using AlipayInStore.Gateway.Tests.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using AlipayInStore.Protocol.Wire;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests.Acceptance;

/// <summary>
/// A deliberately careless merchant — cancels while the buyer confirms, re-pays on unknown results, waits out
/// timeouts, never cancels, retries final failures, trusts answers and notifications without checking signatures,
/// acknowledges unsigned, reuses refund ids, sends wrong seller ids and local reqTimes — fails exactly the cases it
/// should, each with evidence that names the wrong exchange or delivery.
/// </summary>
public sealed class CarelessMerchantTests
{
    [Fact]
    public async Task Run_CarelessMerchant_FailsExactlyTheCasesItBreaks()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        // Its notification endpoint takes everything and acknowledges without a signature.
        await using var receiver = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Unsigned);
        await NotificationKit.SetNotifyUrlAsync(gateway, receiver.Url);
        var m = gateway.Merchant;
        var (_, started) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/acceptance/runs", new { });
        var run = started.GetProperty("runId").GetString()!;

        async Task Step(Func<Task> act)
        {
            gateway.Time.Advance(TimeSpan.FromSeconds(1));
            await act();
            gateway.Time.Advance(TimeSpan.FromSeconds(1));
            await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/next");
        }

        await Step(() => m.PayAsync("K-1", "1250"));
        await Step(async () => { await m.PayAsync("K-2", "9903"); await m.CancelAsync("K-2"); });
        await Step(async () => { await m.PayAsync("K-3", "9901"); await m.PayAsync("K-3-again", "9901"); });
        await Step(async () => { var pay = m.PayAsync("K-4", "9902"); await WaitForAsync(gateway, "K-4"); await gateway.AdvanceUntilAsync(pay, TimeSpan.FromSeconds(30)); });
        await Step(() => m.PayAsync("K-5", "9904"));
        await Step(async () => { await m.PayAsync("K-6", "9905"); await m.PayAsync("K-6-again", "9905"); });
        await Step(() => m.PayAsync("K-T", "1100")); // trusts the tampered answer: never asks again
        await Step(async () =>
        {
            var order = await m.PreCreateAsync("K-7", "650");
            await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{order.Field("acquirementId")}/confirm", new { buyerId = "alice" });
            await m.QueryAsync("K-7");
            await NotificationKit.WaitForRecordAsync(gateway, order.Field("acquirementId")!, r => r.Attempts > 0);
        });
        await Step(() => Task.CompletedTask); // the kit repeats the K-7 notification: acknowledged (unsigned) both times
        await Step(() => Task.CompletedTask); // the kit forges one: acknowledged as well
        await Step(() => m.PreCreateAsync("K-8", "300"));
        await Step(async () =>
        {
            var id = (await m.PayAsync("K-9", "1000")).Field("acquirementId")!;
            await m.RefundAsync(id, "K-9-r", "300");
            await m.RefundAsync(id, "K-9-r", "200");
        });
        await Step(async () =>
        {
            var id = (await m.PayAsync("K-10", "800")).Field("acquirementId")!;
            await m.RefundAsync(id, "K-10-r", "100");
            await m.RefundAsync(id, "K-10-r", "100");
        });
        await Step(() =>
        {
            var body = m.PayBody("K-11", "450", m.AliceCode);
            body["order"]!["seller"] = new JsonObject { ["secondaryMerchantId"] = "SHOP-1", ["storeId"] = "STORE-1" };
            return m.CallAsync(ApiFunctions.Pay, body);
        });
        await Step(() =>
        {
            var head = m.Head(ApiFunctions.PayQuery);
            head["reqTime"] = "2026-11-27 10:00:00";
            return m.CallAsync(ApiFunctions.PayQuery, new JsonObject { ["partnerId"] = m.PartnerId, ["merchantTransId"] = "K-1" }, head);
        });

        var (_, report) = await gateway.Control.SendAsync(HttpMethod.Get, $"/sandbox/acceptance/runs/{run}");
        var verdicts = report.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c);

        Assert.True(report.GetProperty("finished").GetBoolean());
        Assert.Equal(
            ["buyer-confirms-9903", "unknown-result-9901", "timeout-9902", "never-confirms-9904", "balance-too-low-9905", "tampered-response",
             "customer-scan-success", "forged-notification", "customer-scan-expiry", "two-partial-refunds", "direct-mode-seller-ids", "reqtime-rfc3339"],
            verdicts.Where(v => v.Value.GetProperty("verdict").GetString() == "Failed").Select(v => v.Key));
        Assert.Equal(["merchant-scan-success", "duplicate-notification", "refund-retried-same-id"],
            verdicts.Where(v => v.Value.GetProperty("verdict").GetString() == "Passed").Select(v => v.Key));
        Assert.Contains("K-3-again", Evidence(verdicts["unknown-result-9901"]), StringComparison.Ordinal);
        Assert.Contains("payCancel K-2", Evidence(verdicts["buyer-confirms-9903"]), StringComparison.Ordinal);
        Assert.Contains("K-6-again", Evidence(verdicts["balance-too-low-9905"]), StringComparison.Ordinal);
        Assert.Contains("pay K-T", Evidence(verdicts["tampered-response"]), StringComparison.Ordinal);
        Assert.Contains("REPEAT_REQ_INCONSISTENT", Evidence(verdicts["two-partial-refunds"]), StringComparison.Ordinal);
        Assert.Contains("not signed", Evidence(verdicts["customer-scan-success"]), StringComparison.Ordinal);
        Assert.Contains("kit forged notify.pay", Evidence(verdicts["forged-notification"]), StringComparison.Ordinal);
        Assert.All(verdicts.Values.Where(v => v.GetProperty("verdict").GetString() == "Failed"),
            v => Assert.False(string.IsNullOrEmpty(v.GetProperty("suggestion").GetString())));
    }

    [Fact]
    public async Task Export_FinishedRun_HtmlAndJUnitCarryTheVerdicts()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var (_, started) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/acceptance/runs", new { });
        var run = started.GetProperty("runId").GetString()!;
        gateway.Time.Advance(TimeSpan.FromSeconds(1));
        await gateway.Merchant.PayAsync("X-1", "1250");
        gateway.Time.Advance(TimeSpan.FromSeconds(1));
        await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/next");

        var html = await Export(gateway, $"/sandbox/acceptance/runs/{run}/report.html");
        var junit = System.Xml.Linq.XDocument.Parse(await Export(gateway, $"/sandbox/acceptance/runs/{run}/junit.xml"));

        Assert.Contains("1 passed, 0 failed, 14 pending", html, StringComparison.Ordinal);
        var suite = junit.Root!.Element("testsuite")!;
        Assert.Equal("15", suite.Attribute("tests")!.Value);
        Assert.Equal("14", suite.Attribute("skipped")!.Value);
    }

    private static async Task<string> Export(GatewayFixture gateway, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", gateway.Token);
        using var response = await gateway.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static string Evidence(JsonElement c) => string.Join(" | ", c.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));

    // Waits through the database, not through payQuery, so the probe is not part of the merchant's graded traffic.
    private static async Task WaitForAsync(GatewayFixture gateway, string merchantTransId)
    {
        while (!await gateway.WithDbAsync(db => db.Payments.AnyAsync(p => p.MerchantTransId == merchantTransId)))
        {
            await Task.Delay(20);
        }
    }
}
