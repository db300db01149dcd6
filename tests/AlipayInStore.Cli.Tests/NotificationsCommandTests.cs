using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

public sealed class NotificationsCommandTests
{
    [Fact]
    public async Task Listen_ForwardTo_RealNotificationReachesSdkAppAndItsAcknowledgementIsRelayed()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli").FullName;
        var port = SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", port);
        await sandbox.WaitUntilReadyAsync();
        var profilePath = Path.Combine(data, "cli-profile.json");
        using var profile = JsonDocument.Parse(await File.ReadAllTextAsync(profilePath));
        await using var app = await SdkMerchantApp.StartAsync(profile.RootElement);
        await using var listen = SandboxProcess.Start("Ready!", "notifications", "listen", "--profile", profilePath, "--forward-to", app.Url);
        await listen.WaitUntilReadyAsync();

        var (exit, stdout, stderr) = await CliProcess.RunAsync(data, "pay", "--profile", profilePath, "--amount", "12.50", "--buyer", "alice", "--json");
        Assert.True(exit == 0, stdout + stderr);
        var notification = await app.FirstNotification.WaitAsync(TimeSpan.FromSeconds(30));
        var acquirementId = notification.Payment!.AcquirementId!;
        var record = await DeliveredRecordAsync(profile.RootElement, acquirementId);

        Assert.Equal("S", notification.Payment.ResultInfo!.ResultStatus);
        Assert.Equal("1250", notification.Payment.OrderAmount!.Value);
        var delivery = Assert.Single(record.GetProperty("deliveries").EnumerateArray());
        Assert.True(delivery.GetProperty("acknowledged").GetBoolean(), delivery.ToString());
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("warning").ValueKind); // the app's signed acknowledgement came back intact
        Assert.EndsWith("/notify", delivery.GetProperty("targetUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains("alipay.intl.acquiring.offline.notify.pay", listen.Output, StringComparison.Ordinal);
        Assert.Contains("signature: verified with the gateway key", listen.Output, StringComparison.Ordinal);
        Assert.Contains($"\"acquirementId\": \"{acquirementId}\"", listen.Output, StringComparison.Ordinal);
        Assert.Contains("answered HTTP 200 S/SUCCESS/00000000 (signed)", listen.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_UnknownNotification_ExitsOneNamingIt()
    {
        var data = Directory.CreateTempSubdirectory("aig-cli").FullName;
        var port = SandboxProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        await using var sandbox = SandboxProcess.Start("Press Ctrl+C to stop.", "sandbox", "--data", data, "--port", port);
        await sandbox.WaitUntilReadyAsync();

        var (exit, _, stderr) = await CliProcess.RunAsync(data, "notifications", "resend", "424242", "--profile", Path.Combine(data, "cli-profile.json"));

        Assert.Equal(1, exit);
        Assert.Contains("404: No notification 424242", stderr, StringComparison.Ordinal);
    }

    /// <summary>The gateway records the acknowledgement just after the app answers; waits for the record.</summary>
    private static async Task<JsonElement> DeliveredRecordAsync(JsonElement profile, string acquirementId)
    {
        using var http = new HttpClient { BaseAddress = new Uri(profile.GetProperty("gatewayUrl").GetString()!) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", profile.GetProperty("sandboxToken").GetString());
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            using var list = JsonDocument.Parse(await http.GetStringAsync($"/sandbox/notifications?reference={acquirementId}"));
            var record = list.RootElement.EnumerateArray().Single().Clone();
            if (record.GetProperty("status").GetString() == "Delivered" || DateTime.UtcNow > deadline)
            {
                Assert.Equal("Delivered", record.GetProperty("status").GetString());
                return record;
            }
            await Task.Delay(50);
        }
    }
}
