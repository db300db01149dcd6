using System.Globalization;
using AlipayInStore.Gateway.Ledger;
using AlipayInStore.Gateway.Payments;

namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>
/// The settlement side of a reconciliation row. The settlement currency is the currency the buyer was charged in,
/// the gateway's account currency (<c>Gateway:WalletCurrency</c>, USD); an order in another currency (production
/// profile) is settled at the rate it was charged at. An amount of the order is settled as its share of what the buyer
/// paid, rounded half-even: the same arithmetic the ledger uses to give a refund or a cancel back to the buyer, so the
/// whole order settles at exactly <c>payAmount</c>.
/// </summary>
internal static class Settlement
{
    /// <summary>The settlement currency of <paramref name="p"/>: its pay currency, or the order currency before anything was paid.</summary>
    public static string CurrencyOf(Payment p) => p.PayCurrency ?? p.Currency;

    /// <summary><paramref name="orderMinorUnits"/> of the order currency in minor units of the settlement currency.</summary>
    public static long Of(Payment p, long orderMinorUnits) =>
        IsConverted(p) ? Fees.Proportion(p.PayAmount!.Value, orderMinorUnits, p.Amount) : orderMinorUnits;

    /// <summary>Units of the settlement currency per unit of the order currency: the rate the buyer was charged at, 1 when equal.</summary>
    public static decimal RateOf(Payment p) =>
        IsConverted(p) && decimal.TryParse(p.ConversionRate, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate > 0
            ? rate
            : 1m;

    private static bool IsConverted(Payment p) =>
        p.PayCurrency is { } pay && p.PayAmount is not null && !string.Equals(pay, p.Currency, StringComparison.Ordinal);
}
