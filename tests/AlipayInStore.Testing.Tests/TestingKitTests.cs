using System.Net;
using AlipayInStore.Client;
using AlipayInStore.Client.Notifications;
using AlipayInStore.Client.Sandbox;
using AlipayInStore.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlipayInStore.Testing.Tests;

/// <summary>The kit as a merchant's tests use it: DI with the fake handler, signed notifications into a receiver, the control client.</summary>
public sealed class TestingKitTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task FakeGateway_ThroughAddAlipayInStore_PaysAndRecordsTheCall()
    {
        var gateway = new FakeAlipayGateway();
        var services = new ServiceCollection();
        services.AddAlipayInStore(gateway.Configure).ConfigurePrimaryHttpMessageHandler(() => gateway);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AlipayInStoreClient>();

        var outcome = await client.PayAndConfirmAsync(new() { MerchantTransId = "T-DI-1", IdentityCode = gateway.BuyerCode, Order = new() { OrderTitle = "Tea", OrderAmount = new() { Currency = "USD", Value = "450" } } });

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        var call = Assert.Single(gateway.Calls);
        Assert.Equal(("alipay.intl.acquiring.offline.pay", "S", "SUCCESS"), (call.Function, call.ResultStatus, call.ResultCode));
        Assert.Contains("\"merchantTransId\":\"T-DI-1\"", call.RequestBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeGateway_RequestSignedWithAnotherKey_AnswersInvalidSignature()
    {
        var gateway = new FakeAlipayGateway();
        var stranger = new FakeAlipayGateway();
        var options = new AlipayInStoreOptions();
        gateway.Configure(options);
        options.MerchantPrivateKey = stranger.MerchantPrivateKeyPem;
        var client = new AlipayInStoreClient(new HttpClient(gateway), options);

        var result = await client.QueryAsync(new() { MerchantTransId = "T-1" });

        Assert.Equal(("F", "INVALID_SIGNATURE"), (result.ResultStatus, result.ResultCode));
    }

    [Fact]
    public async Task TestNotifications_PostedToReceiver_HandledOnceAndForgedOneRefused()
    {
        var gateway = new FakeAlipayGateway();
        var received = new List<string>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddAlipayInStore(gateway.Configure);
        await using var app = builder.Build();
        app.MapAlipayNotifications("/alipay/notify", (n, _) =>
        {
            lock (received)
            {
                received.Add(n.Payment?.MerchantTransId ?? n.Refund!.MerchantRefundId!);
            }
            return Task.CompletedTask;
        });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var paid = gateway.Notifications.Payment("2026120111210000000000000000001", "T-N-1", 1250);
        using var first = await paid.PostAsync(http, "/alipay/notify");
        using var again = await gateway.Notifications.Payment("2026120111210000000000000000001", "T-N-1", 1250).PostAsync(http, "/alipay/notify");
        using var refund = await gateway.Notifications.Refund("2026120111210000000000000000001", "R-N-1", 250).PostAsync(http, "/alipay/notify");
        using var forged = await new FakeAlipayGateway().Notifications.Payment("2026120111210000000000000000002", "T-N-2", 99).PostAsync(http, "/alipay/notify");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, again.StatusCode, refund.StatusCode });
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(["T-N-1", "R-N-1"], received);
    }

    [Fact]
    public async Task ControlClient_MintedCodeAndClock_DriveTheInProcessSandbox()
    {
        var sandbox = fixture.Sandbox;
        var client = sandbox.CreateClient();
        var code = await sandbox.Control.MintCodeAsync("bob");

        var outcome = await client.PayAndConfirmAsync(new() { MerchantTransId = "T-CTL-" + Guid.NewGuid().ToString("N")[..8], IdentityCode = code.Code, Order = new() { OrderTitle = "Bun", OrderAmount = new() { Currency = "USD", Value = "300" } } });
        var reused = await client.PayAsync(new() { MerchantTransId = "T-CTL-" + Guid.NewGuid().ToString("N")[..8], IdentityCode = code.Code, Order = new() { OrderTitle = "Bun", OrderAmount = new() { Currency = "USD", Value = "300" } } });
        var before = await sandbox.Control.GetClockAsync();
        var after = await sandbox.Control.AdvanceClockAsync(TimeSpan.FromSeconds(90));
        var refused = await Assert.ThrowsAsync<SandboxControlException>(() => sandbox.Control.MintCodeAsync("nobody"));

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        Assert.Equal("INVALID_CODE", reused.ResultCode);
        Assert.True(after.OffsetSeconds >= before.OffsetSeconds + 90);
        Assert.Equal(404, refused.StatusCode);
        Assert.Contains("nobody", refused.Error, StringComparison.Ordinal);
        Assert.Contains(await sandbox.Control.GetBuyersAsync(), b => b.BuyerId == "bob" && b.Balance == 2000 - 300);
        Assert.True((await sandbox.Control.CheckLedgerAsync()).Balanced);
        Assert.Equal("SUCCESS", (await sandbox.Control.GetTransactionAsync(outcome.AcquirementId!)).Status);
    }
}
