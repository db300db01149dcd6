using System.Net;
using System.Text.Json;
using AlipayInStore.Gateway.Notifications;
using AlipayInStore.Gateway.Tests.Notifications;
using AlipayInStore.Gateway.Tests.Support;
using static AlipayInStore.Gateway.Tests.Notifications.NotificationKit;

namespace AlipayInStore.Gateway.Tests.Acceptance;

/// <summary>
/// The notification cases against a receiver written independently of the SDK: the signed acknowledgement graded from
/// the delivery log, the kit's genuine repeats and its forgery, each re-graded live as the merchant fixes things.
/// </summary>
public sealed class KitNotificationTests
{
    [Fact]
    public async Task NotificationCases_NoUrlThenFixed_GradedLiveFromDeliveries()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        // Deliveries 1–3 (genuine, two repeats) are acknowledged with a signature; 4 (the forgery) is refused; 5 (forged again) is taken.
        await using var receiver = await NotifyReceiver.StartAsync(gateway, n => n == 4 ? ReceiverAnswer.WrongAcknowledgement : ReceiverAnswer.Acknowledge);
        var run = await StartRunAtAsync(gateway, "customer-scan-success");

        var order = await gateway.Merchant.PreCreateAsync("KN-1", "650");
        var acquirementId = order.Field("acquirementId")!;
        await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{acquirementId}/confirm", new { buyerId = "alice" });
        gateway.Time.Advance(Tick);
        var row = await WaitForRecordAsync(gateway, acquirementId, r => r.LastError == Notification.NoNotifyUrl);

        var scan = await CaseAsync(gateway, run, "customer-scan-success");
        Assert.Equal("Failed", scan.GetProperty("verdict").GetString());
        Assert.Contains("no notify URL", scan.GetProperty("reason").GetString(), StringComparison.Ordinal);

        await SetNotifyUrlAsync(gateway, receiver.Url);
        await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/notifications/{row.Id}/resend");
        await AdvanceAndWaitAsync(gateway, receiver, Tick, 1);
        await WaitForRecordAsync(gateway, acquirementId, r => r.Status == NotificationStatus.Delivered);
        scan = await CaseAsync(gateway, run, "customer-scan-success");
        Assert.Equal("Passed", scan.GetProperty("verdict").GetString());
        Assert.Contains("acknowledged", Evidence(scan), StringComparison.Ordinal);

        var (_, report) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/next");
        var repeated = Case(report, "duplicate-notification");
        Assert.Equal("Passed", repeated.GetProperty("verdict").GetString());
        Assert.Equal(3, receiver.Count);
        Assert.All(receiver.Deliveries.Skip(1), d => Assert.True(d.SignatureValid));
        Assert.All(receiver.Deliveries.Skip(1), d => Assert.Equal(receiver.Deliveries[0].Body.GetRawText(), d.Body.GetRawText()));
        Assert.Equal(3, receiver.Deliveries.Select(d => d.Head.ReqMsgId).Distinct().Count());

        (_, report) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/next");
        var forged = Case(report, "forged-notification");
        Assert.Equal("Passed", forged.GetProperty("verdict").GetString());
        Assert.True(forged.GetProperty("reason").GetString()!.Contains("HTTP 200 U/SYSTEM_ERROR", StringComparison.Ordinal), forged.GetProperty("reason").GetString() + Evidence(forged));
        Assert.False(receiver.Deliveries[3].SignatureValid);
        Assert.Equal(acquirementId, receiver.Deliveries[3].Field("acquirementId"));

        (_, report) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/kit");
        forged = Case(report, "forged-notification");
        Assert.Equal("Failed", forged.GetProperty("verdict").GetString());
        Assert.Contains("kit forged notify.pay", Evidence(forged), StringComparison.Ordinal);
        Assert.Contains("HTTP 200 S/SUCCESS", Evidence(forged), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(forged.GetProperty("suggestion").GetString()));
    }

    [Fact]
    public async Task RepeatCase_NothingToRepeat_PendingWithReasonAndNothingSent()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, _ => ReceiverAnswer.Acknowledge);
        await SetNotifyUrlAsync(gateway, receiver.Url);
        var run = await StartRunAtAsync(gateway, "duplicate-notification");

        var repeated = await CaseAsync(gateway, run, "duplicate-notification");

        Assert.Equal("Pending", repeated.GetProperty("verdict").GetString());
        Assert.Contains("no payment notification to send yet", repeated.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, receiver.Count);
    }

    [Fact]
    public async Task RepeatCase_ReceiverFailsDuplicates_FailedWithEveryDelivery()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await using var receiver = await NotifyReceiver.StartAsync(gateway, n => n == 1 ? ReceiverAnswer.Acknowledge : ReceiverAnswer.ServerError);
        await SetNotifyUrlAsync(gateway, receiver.Url);
        await PayAsync(gateway, "KN-2");
        await TickUntilAsync(gateway, receiver, 1);
        var run = await StartRunAtAsync(gateway, "duplicate-notification");

        var repeated = await CaseAsync(gateway, run, "duplicate-notification");

        Assert.Equal("Failed", repeated.GetProperty("verdict").GetString());
        Assert.Contains("HTTP 500", repeated.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, repeated.GetProperty("evidence").GetArrayLength());
        Assert.Equal(3, receiver.Count);
    }

    /// <summary>Starts a run and moves it to <paramref name="caseId"/> without any traffic.</summary>
    private static async Task<string> StartRunAtAsync(GatewayFixture gateway, string caseId)
    {
        var (status, report) = await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/acceptance/runs", new { });
        Assert.Equal(HttpStatusCode.Created, status);
        var run = report.GetProperty("runId").GetString()!;
        while (report.GetProperty("current").GetProperty("id").GetString() != caseId)
        {
            gateway.Time.Advance(Tick);
            (_, report) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/acceptance/runs/{run}/next");
        }
        gateway.Time.Advance(Tick);
        return run;
    }

    private static async Task<JsonElement> CaseAsync(GatewayFixture gateway, string run, string id)
    {
        var (_, report) = await gateway.Control.SendAsync(HttpMethod.Get, $"/sandbox/acceptance/runs/{run}");
        return Case(report, id);
    }

    private static JsonElement Case(JsonElement report, string id) =>
        report.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    private static string Evidence(JsonElement c) => string.Join(" | ", c.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
}
