using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Results;
using AlipayInStore.Protocol.Validation;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

public sealed class CustomerScanTests
{
    [Fact]
    public async Task CreateQrOrder_Created_GivesUrlAndSvg()
    {
        await using var gateway = await StandInGateway.StartAsync(GatewayReply.PreCreate);
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var order = await client.CreateQrOrderAsync(TestRequests.PreCreate("T-QR-1"));

        Assert.True(order.IsCreated);
        Assert.Equal("2026112711121280010016600000002", order.AcquirementId);
        Assert.StartsWith("https://qr.sandbox.example/", order.QrCodeUrl);
        Assert.Contains("<svg", order.Svg);
        Assert.Contains("<rect", order.Svg);
    }

    [Fact]
    public async Task WaitForPayment_BuyerPaysAfterAWhile_Paid()
    {
        var queries = 0;
        await using var gateway = await StandInGateway.StartAsync(c => c.Function switch
        {
            ApiFunctions.PreCreate => GatewayReply.PreCreate(c),
            _ => GatewayReply.Query(c, Interlocked.Increment(ref queries) < 4 ? "WAIT_BUYER_PAY" : "SUCCESS"),
        });
        var time = Clock.NewFake();
        var options = TestKeys.Options(gateway.Url);
        options.RequestTimeout = TimeSpan.FromHours(1);
        var client = new AlipayInStoreClient(new HttpClient(), options, time);

        var order = await client.CreateQrOrderAsync(TestRequests.PreCreate("T-QR-2"));
        var outcome = await Clock.RunAsync(time, client.WaitForPaymentAsync(order));

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        Assert.Equal(4, outcome.Queries);
        Assert.Empty(gateway.CallsOf(ApiFunctions.PayCancel));
    }

    [Fact]
    public async Task WaitForPayment_OrderExpires_CancelledAtExpiry()
    {
        await using var gateway = await StandInGateway.StartAsync(c => c.Function switch
        {
            ApiFunctions.PreCreate => GatewayReply.PreCreate(c),
            ApiFunctions.PayQuery => GatewayReply.Query(c, "WAIT_BUYER_PAY"),
            _ => GatewayReply.Cancel(c, ResultCodes.Success),
        });
        var time = Clock.NewFake();
        var options = TestKeys.Options(gateway.Url);
        options.RequestTimeout = TimeSpan.FromHours(1);
        var client = new AlipayInStoreClient(new HttpClient(), options, time);
        var expiry = Rfc3339.Format(time.GetUtcNow().AddMinutes(2));

        var order = await client.CreateQrOrderAsync(TestRequests.PreCreate("T-QR-3", expiry));
        var outcome = await Clock.RunAsync(time, client.WaitForPaymentAsync(order), TimeSpan.FromSeconds(1));

        Assert.Equal(PaymentOutcomeKind.Cancelled, outcome.Kind);
        Assert.True(time.GetUtcNow() >= order.ExpiresAt);
        Assert.Equal("T-QR-3", Assert.Single(gateway.CallsOf(ApiFunctions.PayCancel)).BodyString("merchantTransId"));
        Assert.Equal(expiry, Assert.Single(gateway.CallsOf(ApiFunctions.PreCreate)).BodyString("expiryTime"));
    }

    [Fact]
    public async Task WaitForPayment_NotificationArrives_WakesBeforeNextPoll()
    {
        var paid = 0;
        await using var gateway = await StandInGateway.StartAsync(c => c.Function switch
        {
            ApiFunctions.PreCreate => GatewayReply.PreCreate(c),
            _ => GatewayReply.Query(c, Volatile.Read(ref paid) == 1 ? "SUCCESS" : "WAIT_BUYER_PAY"),
        });
        var time = Clock.NewFake();
        var signals = new PaymentSignals();
        var options = TestKeys.Options(gateway.Url);
        options.RequestTimeout = TimeSpan.FromHours(1);
        var client = new AlipayInStoreClient(() => new HttpClient(), options, time, signals);
        var order = await client.CreateQrOrderAsync(TestRequests.PreCreate("T-QR-4"));

        var wait = client.WaitForPaymentAsync(order, new PaymentFlowOptions { PollInterval = TimeSpan.FromMinutes(10) });
        while (gateway.CallsOf(ApiFunctions.PayQuery).Count == 0)
        {
            await Task.Delay(5);
        }
        Volatile.Write(ref paid, 1);
        for (var i = 0; i < 100 && !wait.IsCompleted; i++)
        {
            // The flow registers its waiter once the first query has answered; publish until it has.
            signals.Publish(new PayNotification { MerchantTransId = "T-QR-4" });
            await Task.WhenAny(wait, Task.Delay(50));
        }
        var outcome = await wait.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(PaymentOutcomeKind.Paid, outcome.Kind);
        Assert.Equal(2, outcome.Queries);
    }
}
