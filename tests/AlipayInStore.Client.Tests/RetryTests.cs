using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

public sealed class RetryTests
{
    [Fact]
    public async Task PayAsync_ConnectionDroppedMidPay_RetriesWithSameMerchantTransIdAndNewReqMsgId()
    {
        var count = 0;
        await using var gateway = await StandInGateway.StartAsync(c => Interlocked.Increment(ref count) == 1 ? GatewayReply.Dropped() : GatewayReply.Pay(c, ResultCodes.Success));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var result = await client.PayAsync(TestRequests.Pay("T-RETRY-1"));

        var calls = gateway.CallsOf(ApiFunctions.Pay);
        Assert.Equal(2, calls.Count);
        Assert.All(calls, c => Assert.Equal("T-RETRY-1", c.BodyString("merchantTransId")));
        Assert.Equal(calls[0].Envelope.Body.ToArray(), calls[1].Envelope.Body.ToArray());
        Assert.NotEqual(calls[0].Head.ReqMsgId, calls[1].Head.ReqMsgId);
        Assert.True(result.IsSuccess);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task QueryAsync_Gateway503ThenAnswer_Retries()
    {
        var count = 0;
        await using var gateway = await StandInGateway.StartAsync(c => Interlocked.Increment(ref count) < 3 ? GatewayReply.HttpStatus(503) : GatewayReply.Query(c, "SUCCESS"));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var result = await client.QueryAsync(new PayQueryRequest { MerchantTransId = "T-503" });

        Assert.Equal("SUCCESS", result.Body.AcquirementStatus);
        Assert.Equal(3, result.Attempts);
    }

    [Fact]
    public async Task PayAsync_GatewayKeepsFailing_ThrowsTransportExceptionAfterMaxAttempts()
    {
        await using var gateway = await StandInGateway.StartAsync(_ => GatewayReply.HttpStatus(502));
        var options = TestKeys.Options(gateway.Url);
        options.MaxAttempts = 4;
        var client = new AlipayInStoreClient(new HttpClient(), options);

        var ex = await Assert.ThrowsAsync<AlipayTransportException>(() => client.PayAsync(TestRequests.Pay("T-502")));

        Assert.Equal(4, ex.Attempts);
        Assert.Equal(502, ex.StatusCode);
        Assert.Equal(4, gateway.Calls.Count);
        Assert.All(gateway.Calls, c => Assert.Equal("T-502", c.BodyString("merchantTransId")));
    }

    [Fact]
    public async Task PayAsync_BusinessFailure_IsNotRetried()
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.Pay(c, ResultCodes.UnknownException));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var result = await client.PayAsync(TestRequests.Pay());

        Assert.True(result.IsUnknown);
        Assert.Single(gateway.Calls);
    }

    [Fact]
    public async Task PayAsync_BackoffBetweenAttempts_WaitsOnTheTimeProvider()
    {
        var count = 0;
        await using var gateway = await StandInGateway.StartAsync(c => Interlocked.Increment(ref count) == 1 ? GatewayReply.HttpStatus(500) : GatewayReply.Pay(c, ResultCodes.Success));
        var time = Clock.NewFake();
        var options = TestKeys.Options(gateway.Url);
        options.RetryBaseDelay = TimeSpan.FromHours(1);
        options.RetryMaxDelay = TimeSpan.FromHours(1);
        options.RequestTimeout = TimeSpan.FromDays(1);
        var client = new AlipayInStoreClient(new HttpClient(), options, time);

        var pay = client.PayAsync(TestRequests.Pay());
        while (gateway.Calls.IsEmpty)
        {
            await Task.Delay(5);
        }
        await Task.Delay(100);
        Assert.False(pay.IsCompleted);
        Assert.Single(gateway.Calls);
        var result = await Clock.RunAsync(time, pay, TimeSpan.FromMinutes(5));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, gateway.Calls.Count);
    }
}
