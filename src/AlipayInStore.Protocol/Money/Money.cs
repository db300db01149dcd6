using System.Globalization;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Protocol.Money;

/// <summary>An amount in minor units of an ISO 4217 currency. Never a floating-point number.</summary>
/// <param name="MinorUnits">Amount in the currency's minor unit (cents for USD, yen for JPY).</param>
/// <param name="Currency">ISO 4217 alphabetic code.</param>
public readonly record struct Money(long MinorUnits, string Currency)
{
    /// <summary>Largest wire value: 16 digits.</summary>
    public const long MaxWireValue = 9_999_999_999_999_999;

    /// <summary>Parses a wire amount strictly; the error names the rule broken.</summary>
    /// <param name="amount">The wire amount.</param>
    /// <param name="money">The parsed amount.</param>
    /// <param name="error">The field (<c>currency</c> or <c>value</c>) and the rule, when parsing fails.</param>
    public static bool TryParse(Amount? amount, out Money money, out (string Field, string Rule) error)
    {
        money = default;
        error = default;
        if (amount is null)
        {
            error = ("", "is required");
            return false;
        }
        if (string.IsNullOrEmpty(amount.Currency))
        {
            error = ("currency", "is required");
            return false;
        }
        if (!Currencies.IsKnown(amount.Currency))
        {
            error = ("currency", "must be an active ISO 4217 code in upper case, e.g. USD");
            return false;
        }
        if (!TryParseValue(amount.Value, out var minor))
        {
            error = ("value", amount.Value is null ? "is required" : ValueRule);
            return false;
        }
        money = new Money(minor, amount.Currency);
        return true;
    }

    /// <summary>The rule a wire <c>value</c> must follow, as said in error messages.</summary>
    public const string ValueRule = "must be a positive integer in minor units: digits only, no sign, no decimal point, no leading zeros, at most 16 digits";

    /// <summary>Parses a wire <c>value</c>: 1 to 16 digits, no leading zero, greater than zero.</summary>
    public static bool TryParseValue(string? value, out long minorUnits)
    {
        minorUnits = 0;
        if (string.IsNullOrEmpty(value) || value.Length > 16 || value[0] == '0')
        {
            return false;
        }
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            minorUnits = (minorUnits * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>Decimal text with the currency's minor digits: <c>10.00</c> for USD 1000, <c>1000</c> for JPY 1000.</summary>
    public string ToDecimalString() => FormatDecimal(MinorUnits, Currencies.ExponentOf(Currency));

    /// <summary>Decimal text of <paramref name="minorUnits"/> with <paramref name="exponent"/> fraction digits.</summary>
    public static string FormatDecimal(long minorUnits, int exponent)
    {
        if (exponent == 0)
        {
            return minorUnits.ToString(CultureInfo.InvariantCulture);
        }
        var negative = minorUnits < 0;
        var digits = Math.Abs(minorUnits).ToString(CultureInfo.InvariantCulture).PadLeft(exponent + 1, '0');
        var text = string.Concat(digits.AsSpan(0, digits.Length - exponent), ".", digits.AsSpan(digits.Length - exponent));
        return negative ? "-" + text : text;
    }

    /// <summary>Parses decimal text with exactly the currency's minor digits (<c>10.00</c>) into minor units.</summary>
    public static bool TryParseDecimal(string text, string currency, out long minorUnits)
    {
        minorUnits = 0;
        if (!Currencies.TryGetExponent(currency, out var exponent))
        {
            return false;
        }
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? "" : text[(dot + 1)..];
        if (whole.Length == 0 || fraction.Length != exponent || (dot >= 0 && exponent == 0))
        {
            return false;
        }
        return long.TryParse(whole + fraction, NumberStyles.None, CultureInfo.InvariantCulture, out minorUnits);
    }

    /// <inheritdoc />
    public override string ToString() => $"{ToDecimalString()} {Currency}";
}
