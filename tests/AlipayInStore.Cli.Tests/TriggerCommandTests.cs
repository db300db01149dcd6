using System.Text.Json;
using AlipayInStore.Cli.Tests.Support;

namespace AlipayInStore.Cli.Tests;

/// <summary>Each named situation as a process against one started sandbox; what it promises is checked on the gateway's side too.</summary>
[Collection(ObserveCollection.Name)]
public sealed class TriggerCommandTests(ObserveSandbox sandbox)
{
    [Theory]
    [InlineData("unknown-pay", "SUCCESS", "pay → U/UNKNOWN_EXCEPTION")]
    [InlineData("slow-pay", "SUCCESS", "no trusted answer (AlipayTransportException)")]
    [InlineData("buyer-confirms", "SUCCESS", "pay → U/USER_PAYING")]
    [InlineData("declined", "CLOSED", "pay → F/BUYER_BALANCE_NOT_ENOUGH")]
    [InlineData("fraud", "CLOSED", "pay → F/FRAUD_REJECT")]
    [InlineData("refund-fails", "SUCCESS", "refund → F/MERCHANT_BALANCE_NOT_ENOUGH")]
    [InlineData("notification-retried", "SUCCESS", "delivery 1 failed: connection error")]
    [InlineData("qr-paid", "SUCCESS", "preCreate → S/SUCCESS")]
    public async Task Trigger_AgainstSandbox_HappensAsPromised(string name, string transactionStatus, string step)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(sandbox.Data, "trigger", name, "--profile", sandbox.Profile, "--json");

        Assert.True(exit == 0, stdout + stderr);
        using var report = JsonDocument.Parse(stdout);
        var root = report.RootElement;
        Assert.True(root.GetProperty("asPromised").GetBoolean(), stdout);
        Assert.Contains(root.GetProperty("steps").EnumerateArray(), s => s.GetString()!.Contains(step, StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{32}$", root.GetProperty("traceId").GetString());
        var acquirementId = root.GetProperty("ids").GetProperty("acquirementId").GetString()!;
        var transaction = await sandbox.GetAsync($"sandbox/transactions/{acquirementId}");
        Assert.Equal(transactionStatus, transaction.GetProperty("status").GetString());
        Assert.Equal(root.GetProperty("ids").GetProperty("merchantTransId").GetString(), transaction.GetProperty("merchantTransId").GetString());
        if (name == "refund-fails")
        {
            Assert.Equal(0, transaction.GetProperty("refundedAmount").GetInt64());
        }
        if (name == "notification-retried")
        {
            var id = root.GetProperty("ids").GetProperty("notificationId").GetString();
            var notification = await sandbox.GetAsync($"sandbox/notifications/{id}");
            Assert.Equal("Delivered", notification.GetProperty("status").GetString());
            Assert.Equal(2, notification.GetProperty("deliveries").GetArrayLength());
        }
    }

    [Fact]
    public async Task TriggerList_Always_ExplainsEverySituation()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(sandbox.Data, "trigger", "--list");

        Assert.Equal(0, exit);
        foreach (var name in new[] { "unknown-pay", "slow-pay", "buyer-confirms", "declined", "fraud", "refund-fails", "notification-retried", "qr-paid" })
        {
            Assert.Contains("  " + name + " ", stdout, StringComparison.Ordinal);
        }
        Assert.Contains("→ the SDK queries and ends Paid", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trigger_UnknownName_UsageErrorNamingTheKnownOnes()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(sandbox.Data, "trigger", "no-such-thing", "--profile", sandbox.Profile);

        Assert.Equal(2, exit);
        Assert.Contains("No trigger 'no-such-thing'. Known: unknown-pay, slow-pay", stdout + stderr, StringComparison.Ordinal);
    }
}
