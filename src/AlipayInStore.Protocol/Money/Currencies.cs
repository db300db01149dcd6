using System.Collections.Frozen;

namespace AlipayInStore.Protocol.Money;

/// <summary>ISO 4217 active currencies and their minor-unit exponents.</summary>
public static class Currencies
{
    // Exponent 2 is the common case; the others are listed apart so the table stays readable.
    private const string TwoDigit =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS " +
        "GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL " +
        "MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK " +
        "PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS " +
        "TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG";
    private const string ZeroDigit = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
    private const string ThreeDigit = "BHD IQD JOD KWD LYD OMR TND";
    private const string FourDigit = "CLF UYW";

    private static readonly FrozenDictionary<string, int> Exponents = Build();

    /// <summary>Every active alphabetic code.</summary>
    public static IEnumerable<string> All => Exponents.Keys;

    /// <summary>True when <paramref name="code"/> is an active ISO 4217 code (upper case).</summary>
    public static bool IsKnown(string? code) => code is not null && Exponents.ContainsKey(code);

    /// <summary>The number of minor-unit digits of <paramref name="code"/>, e.g. 2 for USD, 0 for JPY.</summary>
    public static bool TryGetExponent(string code, out int exponent) => Exponents.TryGetValue(code, out exponent);

    /// <summary>The number of minor-unit digits of <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">Not an active ISO 4217 code.</exception>
    public static int ExponentOf(string code) =>
        Exponents.TryGetValue(code, out var e) ? e : throw new ArgumentException($"'{code}' is not an active ISO 4217 currency code.", nameof(code));

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (list, exponent) in new[] { (TwoDigit, 2), (ZeroDigit, 0), (ThreeDigit, 3), (FourDigit, 4) })
        {
            foreach (var code in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.Add(code, exponent);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
