namespace AlipayInStore.Protocol.Wire;

/// <summary>Money as it travels: <c>{"currency":"USD","value":"1000"}</c>.</summary>
public sealed record Amount
{
    /// <summary>ISO 4217 alphabetic code, upper case.</summary>
    public string? Currency { get; init; }
    /// <summary>Positive integer in the currency's minor unit, as a string: no sign, no decimal point, no leading zeros, at most 16 digits.</summary>
    public string? Value { get; init; }

    /// <summary>The wire form of <paramref name="money"/>.</summary>
    public static Amount From(Money.Money money) => new() { Currency = money.Currency, Value = money.MinorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
