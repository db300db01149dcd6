namespace AlipayInStore.EndToEnd.Tests.Scale;

/// <summary>Two gateway processes over one PostgreSQL: what must not happen twice does not, whichever instance answers.</summary>
public sealed class TwoInstanceTests(TwoInstances gateways) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task Pay_FiftyParallelWithOneMerchantTransIdThroughBothInstances_ChargesOnce()
    {
        var before = await gateways.A.AliceBalanceAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => gateways.Either(i).PayAsync("SCALE-ONE", "1234")));

        Assert.All(replies, r => Assert.Equal("SUCCESS", r.ResultCode));
        Assert.Single(replies.Select(r => r.Body.AcquirementId).Distinct());
        Assert.Equal(before - 1234, await gateways.B.AliceBalanceAsync());
        Assert.True(await gateways.A.LedgerBalancedAsync());
    }

    [Fact]
    public async Task Refund_FiftyParallelPartialsThroughBothInstances_NeverExceedPaidAmount()
    {
        var acquirementId = (await gateways.A.PayAsync("SCALE-REFUND", "1000")).Body.AcquirementId!;

        var replies = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => gateways.Either(i).RefundAsync(acquirementId, $"SCALE-REFUND-{i}", "30")));

        Assert.Equal(33, replies.Count(r => r.ResultCode == "SUCCESS")); // 33 × 30 = 990 ≤ 1000 < 34 × 30
        Assert.All(replies.Where(r => r.ResultCode != "SUCCESS"), r => Assert.Equal("REFUND_AMOUNT_EXCEED", r.ResultCode));
        var query = await gateways.B.Client.QueryAsync(new() { AcquirementId = acquirementId });
        Assert.Equal("990", query.Body.RefundAmount?.Value);
        Assert.True(await gateways.B.LedgerBalancedAsync());
    }

    [Fact]
    public async Task Pay_LoadSpreadAcrossBothInstances_EveryPayChargedOnceAndLedgerBalanced()
    {
        var before = await gateways.A.AliceBalanceAsync();
        using var inFlight = new SemaphoreSlim(16);

        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            await inFlight.WaitAsync();
            try
            {
                return await gateways.Either(i).PayAsync($"SCALE-LOAD-{i}", "7");
            }
            finally
            {
                inFlight.Release();
            }
        }));

        Assert.All(replies, r => Assert.Equal("SUCCESS", r.ResultCode));
        Assert.Equal(200, replies.Select(r => r.Body.AcquirementId).Distinct().Count());
        Assert.Equal(before - (200 * 7), await gateways.A.AliceBalanceAsync());
        Assert.True(await gateways.A.LedgerBalancedAsync());
    }

    [Fact]
    public async Task SandboxClock_AdvancedThroughOneInstance_SeenByTheOther()
    {
        var before = await gateways.B.ClockOffsetSecondsAsync();

        await Task.WhenAll(gateways.A.AdvanceClockAsync(60), gateways.B.AdvanceClockAsync(60));

        Assert.Equal(before + 120, await gateways.B.ClockOffsetSecondsAsync());
        Assert.Equal(before + 120, await gateways.A.ClockOffsetSecondsAsync());
    }
}
