using System.Globalization;
using AlipayInStore.Protocol.Money;
using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Cli.Merchant;

/// <summary>Turns a decimal amount as a cashier types it (<c>12.50</c>) into the wire's minor units.</summary>
internal static class AmountText
{
    public static Amount Parse(string text, string currency)
    {
        currency = currency.ToUpperInvariant();
        if (!Currencies.TryGetExponent(currency, out var exponent))
        {
            throw new CliUsageException($"--currency '{currency}' is not an ISO 4217 currency code.");
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new CliUsageException($"--amount '{text}' must be a positive decimal amount such as 12.50.");
        }
        var minor = value * (decimal)Math.Pow(10, exponent);
        if (minor != decimal.Truncate(minor) || minor > Money.MaxWireValue)
        {
            throw new CliUsageException($"--amount '{text}' has more than {exponent} decimal places for {currency} or is too large.");
        }
        return new Amount { Currency = currency, Value = ((long)minor).ToString(CultureInfo.InvariantCulture) };
    }
}
