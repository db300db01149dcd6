using System.Globalization;
using System.Text.Json.Serialization;
using AlipayInStore.Protocol.Json;

namespace AlipayInStore.Protocol.Wire;

/// <summary>
/// <c>conversionRate</c> as it travels: the rate between the order amount and what the buyer paid, written
/// <c>{"quoteCurrencyPair":"EUR/USD","quotePrice":"1.08"}</c> (docs/decisions/008-conversion-rate.md).
/// </summary>
/// <remarks>
/// Reading also takes the plain decimal string earlier answers carried (<c>"1.08"</c>), a JSON number, and objects that
/// name their parts <c>sourceCurrency</c>/<c>targetCurrency</c>/<c>rate</c> or <c>value</c>
/// (<see cref="ExchangeRateJsonConverter"/>), so code built on this type survives whichever shape Alipay sends.
/// </remarks>
[JsonConverter(typeof(ExchangeRateJsonConverter))]
public sealed record ExchangeRate
{
    /// <summary>The order currency, a slash, the currency the buyer paid in: <c>EUR/USD</c>. Null when the answer did not say.</summary>
    public string? QuoteCurrencyPair { get; init; }

    /// <summary>Units of the pay currency per unit of the order currency, as decimal text: <c>1.08</c>, <c>0.0067</c>, <c>1</c>.</summary>
    public string? QuotePrice { get; init; }

    /// <summary>The order currency: the part of <see cref="QuoteCurrencyPair"/> before the slash, or null.</summary>
    public string? BaseCurrency => Part(0);

    /// <summary>The pay currency: the part of <see cref="QuoteCurrencyPair"/> after the slash, or null.</summary>
    public string? QuoteCurrency => Part(1);

    /// <summary>The rate from <paramref name="orderCurrency"/> to <paramref name="payCurrency"/>.</summary>
    public static ExchangeRate Between(string orderCurrency, string payCurrency, string price) =>
        new() { QuoteCurrencyPair = orderCurrency + "/" + payCurrency, QuotePrice = price };

    /// <summary>The price as a number; false when it is absent or not a plain decimal.</summary>
    public bool TryGetPrice(out decimal price) =>
        decimal.TryParse(QuotePrice, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out price);

    private string? Part(int index)
    {
        var parts = QuoteCurrencyPair?.Split('/');
        return parts is { Length: 2 } && parts[index].Length > 0 ? parts[index] : null;
    }
}
