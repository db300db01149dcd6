using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests;

/// <summary>
/// The SDK reads <c>conversionRate</c> whichever shape comes: the <c>ExchangeRate</c> object (the 2.0.0/2.0.4 pages type it
/// so), the plain decimal string earlier answers carried, or an object naming its parts otherwise; the payment's outcome
/// is read in every case.
/// </summary>
public sealed class ConversionRateTests
{
    private const string Info = "\"resultInfo\":{\"resultStatus\":\"S\",\"resultCodeId\":\"00000000\",\"resultCode\":\"SUCCESS\",\"resultMsg\":\"success\"}";

    [Theory]
    [InlineData("{\"quoteCurrencyPair\":\"JPY/USD\",\"quotePrice\":\"0.0067\"}", "JPY/USD")]
    [InlineData("\"0.0067\"", null)]
    [InlineData("0.0067", null)]
    [InlineData("{\"sourceCurrency\":\"JPY\",\"targetCurrency\":\"USD\",\"rate\":\"0.0067\"}", "JPY/USD")]
    [InlineData("{\"currencyPair\":\"JPY/USD\",\"value\":0.0067,\"quoteStartTime\":\"2026-11-27T10:15:01+08:00\"}", "JPY/USD")]
    public async Task PayAsync_RateInAnyShape_ReadsPriceAndOutcome(string rateJson, string? pair)
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.SignedRaw(c, PayBody(rateJson)));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var result = await client.PayAsync(TestRequests.Pay("T-RATE-1"));

        Assert.True(result.IsSuccess);
        Assert.Equal("6700", result.Body.PayAmount!.Value);
        var rate = result.Body.ConversionRate!;
        Assert.Equal("0.0067", rate.QuotePrice);
        Assert.True(rate.TryGetPrice(out var price));
        Assert.Equal(0.0067m, price);
        Assert.Equal(pair, rate.QuoteCurrencyPair);
        Assert.Equal(pair is null ? null : "JPY", rate.BaseCurrency);
    }

    [Theory]
    [InlineData("[\"0.0067\"]")]
    [InlineData("true")]
    [InlineData("null")]
    public async Task PayAsync_RateOfUnexpectedKind_ReadAsAbsentAndOutcomeKept(string rateJson)
    {
        await using var gateway = await StandInGateway.StartAsync(c => GatewayReply.SignedRaw(c, PayBody(rateJson)));
        var client = new AlipayInStoreClient(new HttpClient(), TestKeys.Options(gateway.Url));

        var result = await client.PayAsync(TestRequests.Pay("T-RATE-2"));

        Assert.True(result.IsSuccess);
        Assert.Null(result.Body.ConversionRate);
        Assert.Equal("2026112711121280010016600000001", result.Body.AcquirementId);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("{\"quoteCurrencyPair\":\"USD/USD\",\"quotePrice\":\"1\"}")]
    public async Task Receive_PayNotificationWithEitherRateShape_HandlerSeesTheRate(string rateJson)
    {
        var received = new List<AlipayNotification>();
        await using var host = await ReceiverHost.StartAsync((n, _) => { lock (received) { received.Add(n); } return Task.CompletedTask; });
        var body = "{" + Info + ",\"partnerId\":\"" + TestKeys.PartnerId + "\",\"acquirementId\":\"2026112711121280010016600000009\"," +
            "\"merchantTransId\":\"T-RATE-N\",\"orderAmount\":{\"currency\":\"USD\",\"value\":\"1250\"}," +
            "\"payAmount\":{\"currency\":\"USD\",\"value\":\"1250\"},\"conversionRate\":" + rateJson + ",\"paymentTime\":\"2026-11-27T10:15:01+08:00\"}";

        var (status, _) = await TestNotifications.DeliverAsync(host.NotifyUrl, TestNotifications.PayWithBody("gw-rate-1", body));

        Assert.Equal(200, status);
        Assert.Equal("1", Assert.Single(received).Payment!.ConversionRate!.QuotePrice);
    }

    private static string PayBody(string rateJson) =>
        "{" + Info + ",\"acquirementId\":\"2026112711121280010016600000001\",\"merchantTransId\":\"T-RATE\"," +
        "\"orderAmount\":{\"currency\":\"JPY\",\"value\":\"10000\"},\"payAmount\":{\"currency\":\"USD\",\"value\":\"6700\"}," +
        "\"conversionRate\":" + rateJson + ",\"paymentTime\":\"2026-11-27T10:15:01+08:00\"}";
}
