using System.Net;
using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AlipayInStore.Gateway.Tests;

public sealed class SandboxControlTests
{
    [Fact]
    public async Task Control_WithoutToken_Unauthorized()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        using var response = await gateway.Http.PostAsync("/sandbox/buyers/alice/codes", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_SameDataFolder_ReusesMerchantKeysBuyersTokenAndClock()
    {
        var data = Path.Combine(Path.GetTempPath(), "aig-tests", Guid.NewGuid().ToString("N"));
        var first = await GatewayFixture.StartAsync(dataDirectory: data);
        await first.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 3600 });
        var paid = await first.Merchant.PayAsync("RS-1", "100");
        var (merchant, token, key) = (first.Seed.Merchant.ClientId, first.Token, await File.ReadAllTextAsync(first.Seed.MerchantPrivateKeyPath));
        await first.App.StopAsync();
        await first.App.DisposeAsync();

        await using var second = await GatewayFixture.StartAsync(dataDirectory: data, time: new FakeTimeProvider(GatewayFixture.Start));

        Assert.False(second.Seed.CreatedNow);
        Assert.Equal((merchant, token, key), (second.Seed.Merchant.ClientId, second.Token, await File.ReadAllTextAsync(second.Seed.MerchantPrivateKeyPath)));
        Assert.Equal(GatewayFixture.Start.AddHours(1), second.Clock.GetUtcNow());
        Assert.Equal("SUCCESS", (await second.Merchant.QueryAsync(acquirementId: paid.Field("acquirementId"))).Field("acquirementStatus"));
        Assert.Equal(2, await second.WithDbAsync(db => db.Buyers.CountAsync()));
    }

    [Fact]
    public async Task Pay_AfterSandboxClockAdvanced_MerchantsRealReqTimeStillAccepted()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.Control.SendAsync(HttpMethod.Post, "/sandbox/clock/advance", new { seconds = 86400 });

        var reply = await gateway.Merchant.PayAsync("CLK-1", "100");

        Assert.Equal("SUCCESS", reply.Code);
        Assert.Equal("2026-11-28T10:00:00+08:00", reply.Field("paymentTime"));
    }

    [Fact]
    public async Task Decline_PendingPayment_ClosedAndNothingCharged()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var balance = await gateway.Control.BalanceAsync("alice");
        var pay = await gateway.Merchant.PayAsync("DC-1", "9903");

        var (status, json) = await gateway.Control.SendAsync(HttpMethod.Post, $"/sandbox/transactions/{pay.Field("acquirementId")}/decline");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CLOSED", json.GetProperty("status").GetString());
        Assert.Equal("CLOSED", (await gateway.Merchant.QueryAsync("DC-1")).Field("acquirementStatus"));
        Assert.Equal(balance, await gateway.Control.BalanceAsync("alice"));
    }

    [Fact]
    public async Task Transaction_AfterPartialRefund_ShowsRefundAndBalancedLedgerLines()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var id = (await gateway.Merchant.PayAsync("TV-1", "1000")).Field("acquirementId")!;
        await gateway.Merchant.RefundAsync(id, "TV-1-r", "250");

        var view = await gateway.Control.TransactionAsync(id);

        Assert.Equal("SUCCESS", view.GetProperty("status").GetString());
        Assert.Equal(250, view.GetProperty("refundedAmount").GetInt64());
        Assert.Equal("SUCCESS", view.GetProperty("refunds")[0].GetProperty("status").GetString());
        var lines = view.GetProperty("ledger").EnumerateArray().ToList();
        Assert.Equal(0, lines.Sum(l => l.GetProperty("amount").GetInt64()));
        Assert.Equal(6, lines.Count); // payment: buyer, merchant, fees; refund: the same three reversed
    }

    [Fact]
    public async Task Exchange_EveryCall_RecordedWithSignedTextAndVerification()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.Merchant.PayAsync("EX-1", "100");
        await gateway.Merchant.PostAsync("/api/alipay/intl/acquiring/offline/pay.htm", "nope");

        var recorder = gateway.App.Services.GetRequiredService<OpenApi.ExchangeRecorder>();
        for (var i = 0; i < 200 && recorder.Pending > 0; i++)
        {
            await Task.Delay(25);
        }
        var exchanges = await gateway.WithDbAsync(db => db.Exchanges.OrderBy(e => e.Id).ToListAsync());

        Assert.Equal(2, exchanges.Count);
        Assert.Equal(("valid", "SUCCESS", "EX-1"), (exchanges[0].Verification, exchanges[0].ResultCode, exchanges[0].MerchantTransId));
        Assert.Contains(exchanges[0].SignedText!, exchanges[0].RequestText, StringComparison.Ordinal);
        Assert.NotNull(exchanges[0].AcquirementId);
        Assert.Equal(("not-checked", "PARAM_ILLEGAL"), (exchanges[1].Verification, exchanges[1].ResultCode));
    }
}
