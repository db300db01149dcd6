using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    [InlineData("EUR", 2)]
    public void ExponentOf_KnownCurrency_IsIso4217(string code, int exponent) => Assert.Equal(exponent, Currencies.ExponentOf(code));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1000", 1000)]
    [InlineData("9999999999999999", 9999999999999999)]
    public void TryParseValue_StrictDigits_Parses(string value, long expected)
    {
        Assert.True(Money.Money.TryParseValue(value, out var minor));
        Assert.Equal(expected, minor);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("01")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData(" 1")]
    [InlineData("1e3")]
    [InlineData("10000000000000000")]
    [InlineData("١٢")]
    public void TryParseValue_Malformed_Refused(string value) => Assert.False(Money.Money.TryParseValue(value, out _));

    [Theory]
    [InlineData(1000, "USD", "10.00")]
    [InlineData(5, "USD", "0.05")]
    [InlineData(1000, "JPY", "1000")]
    [InlineData(1, "KWD", "0.001")]
    public void ToDecimalString_UsesMinorDigits(long minor, string currency, string expected)
    {
        var money = new Money.Money(minor, currency);
        Assert.Equal(expected, money.ToDecimalString());
        Assert.True(Money.Money.TryParseDecimal(expected, currency, out var back));
        Assert.Equal(minor, back);
    }

    [Fact]
    public void TryParse_UnknownCurrency_NamesCurrencyField()
    {
        Assert.False(Money.Money.TryParse(new Amount { Currency = "usd", Value = "1" }, out _, out var error));
        Assert.Equal("currency", error.Field);
    }
}
