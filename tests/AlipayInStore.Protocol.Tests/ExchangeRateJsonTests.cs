using System.Text.Json;
using AlipayInStore.Protocol.Envelope;
using AlipayInStore.Protocol.Json;
using AlipayInStore.Protocol.Wire;
using AlipayInStore.Testing;

namespace AlipayInStore.Protocol.Tests;

/// <summary><c>conversionRate</c> is written as the <c>ExchangeRate</c> object and read from the object or the older plain string.</summary>
public sealed class ExchangeRateJsonTests
{
    [Fact]
    public void Write_PayResponse_ConversionRateIsAnObjectOfStrings()
    {
        var json = JsonSerializer.Serialize(new PayResponse { ConversionRate = ExchangeRate.Between("EUR", "USD", "1.08") }, ProtocolJsonContext.Default.PayResponse);

        Assert.Equal("{\"conversionRate\":{\"quoteCurrencyPair\":\"EUR/USD\",\"quotePrice\":\"1.08\"}}", json);
    }

    [Fact]
    public void Read_PublishedResponseVector_PlainStringRateStillRead()
    {
        var bytes = File.ReadAllBytes(RepoPaths.Vector("09-response-gateway.json"));
        Assert.True(EnvelopeReader.TryRead(bytes, "response", out var envelope, out var error), error);

        Assert.True(EnvelopeReader.TryParse(envelope.Body, ProtocolJsonContext.Default.PayResponse, "body", out var body, out error), error);

        Assert.Equal("1", body.ConversionRate!.QuotePrice);
        Assert.Null(body.ConversionRate.QuoteCurrencyPair);
        Assert.Equal("1250", body.PayAmount!.Value);
    }

    [Fact]
    public void Read_ObjectWithNestedUnknownMembers_SkipsThemAndKeepsTheRest()
    {
        var body = JsonSerializer.Deserialize(
            "{\"conversionRate\":{\"extra\":{\"a\":[1,{\"b\":2}]},\"quotePrice\":\"7.1\",\"quoteCurrencyPair\":\"USD/CNY\",\"guaranteed\":true},\"paymentTime\":\"t\"}",
            ProtocolJsonContext.Default.PayNotification)!;

        Assert.Equal(("USD/CNY", "7.1", "USD", "CNY"), (body.ConversionRate!.QuoteCurrencyPair, body.ConversionRate.QuotePrice, body.ConversionRate.BaseCurrency, body.ConversionRate.QuoteCurrency));
        Assert.Equal("t", body.PaymentTime);
    }
}
