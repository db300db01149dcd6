using System.Globalization;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Protocol.Money;
using Microsoft.Extensions.Options;

namespace AlipayInStore.Gateway.Ledger;

/// <summary>Converts an order amount into the wallet currency with the configured, fixed FX table.</summary>
internal sealed class FxTable(IOptions<FxOptions> options)
{
    public bool Supports(string currency) =>
        currency == options.Value.WalletCurrency || options.Value.FxRates.ContainsKey(currency);

    /// <summary>What the buyer pays in the wallet currency, and the rate as decimal text (<c>1</c> when equal).</summary>
    public (Money Pay, string Rate) Convert(Money order)
    {
        var wallet = options.Value.WalletCurrency;
        if (order.Currency == wallet)
        {
            return (order, "1");
        }
        var rate = options.Value.FxRates[order.Currency];
        var major = order.MinorUnits / Pow10(Currencies.ExponentOf(order.Currency));
        var pay = (long)Math.Round(major * rate * Pow10(Currencies.ExponentOf(wallet)), MidpointRounding.ToEven);
        return (new Money(Math.Max(pay, 1), wallet), rate.ToString(CultureInfo.InvariantCulture));
    }

    private static decimal Pow10(int exponent) => exponent switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };
}
