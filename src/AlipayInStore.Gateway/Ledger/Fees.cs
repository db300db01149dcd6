namespace AlipayInStore.Gateway.Ledger;

/// <summary>Fee and conversion arithmetic in minor units, rounded half-even.</summary>
internal static class Fees
{
    /// <summary>The fee on <paramref name="amount"/> at <paramref name="basisPoints"/> (100 = 1%), rounded half-even to the minor unit.</summary>
    public static long Of(long amount, int basisPoints) =>
        (long)Math.Round(amount * (decimal)basisPoints / 10_000m, MidpointRounding.ToEven);

    /// <summary>The share of <paramref name="total"/> that <paramref name="part"/> of <paramref name="whole"/> represents, half-even.</summary>
    public static long Proportion(long total, long part, long whole) =>
        whole == 0 ? 0 : (long)Math.Round(total * (decimal)part / whole, MidpointRounding.ToEven);
}
