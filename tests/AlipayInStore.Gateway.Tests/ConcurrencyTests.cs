using AlipayInStore.Gateway.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Tests;

public sealed class ConcurrencyTests(SharedGateway shared) : IClassFixture<SharedGateway>
{
    private readonly GatewayFixture _gateway = shared.Gateway;

    [Fact]
    public async Task Pay_FiftyParallelWithOneMerchantTransId_ChargesOnce()
    {
        var balance = await _gateway.Control.BalanceAsync("alice");

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _gateway.Merchant.PayAsync("CC-1", "1234")));

        Assert.All(replies, r => Assert.Equal("SUCCESS", r.Code));
        Assert.Single(replies.Select(r => r.Field("acquirementId")).Distinct());
        Assert.Equal(balance - 1234, await _gateway.Control.BalanceAsync("alice"));
        Assert.Equal(1, await _gateway.WithDbAsync(db => db.Payments.CountAsync(p => p.MerchantTransId == "CC-1")));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Refund_FiftyParallelPartials_NeverExceedPaidAmount()
    {
        var id = (await _gateway.Merchant.PayAsync("CC-2", "1000")).Field("acquirementId")!;

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => _gateway.Merchant.RefundAsync(id, $"CC-2-{i}", "30")));

        var succeeded = replies.Count(r => r.Code == "SUCCESS");
        Assert.Equal(33, succeeded); // 33 × 30 = 990 ≤ 1000 < 34 × 30
        Assert.All(replies.Where(r => r.Code != "SUCCESS"), r => Assert.Equal("REFUND_AMOUNT_EXCEED", r.Code));
        Assert.Equal("990", (await _gateway.Merchant.QueryAsync("CC-2")).Amount("refundAmount"));
        Assert.Equal(990, await _gateway.WithDbAsync(db => db.Refunds.Where(r => r.AcquirementId == id).SumAsync(r => r.Amount)));
        await _gateway.AssertLedgerBalancedAsync();
    }

    [Fact]
    public async Task Pay_FiftyParallelWithOneMintedCode_OnlyOneCharge()
    {
        var code = await _gateway.Control.MintCodeAsync("alice");

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => _gateway.Merchant.PayAsync($"CC-3-{i}", "100", code)));

        Assert.Equal(1, replies.Count(r => r.Code == "SUCCESS"));
        Assert.All(replies.Where(r => r.Code != "SUCCESS"), r => Assert.Equal("INVALID_CODE", r.Code));
        await _gateway.AssertLedgerBalancedAsync();
    }
}
