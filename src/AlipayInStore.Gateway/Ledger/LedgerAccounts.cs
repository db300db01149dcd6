namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// Names of ledger accounts. The system accounts (external, fees, fx) are moved by every merchant's payments, so they
/// keep no running balance row — one row would make every pay of every merchant wait for the others (decision 010):
/// their balance is the sum of their entries, read when asked.
/// </summary>
internal static class LedgerAccounts
{
    /// <summary>Money that entered or left the system (sandbox funding).</summary>
    public const string External = "external";
    /// <summary>Fees earned by the acquirer.</summary>
    public const string Fees = "fees";
    /// <summary>Currency exchange desk: balances each currency when buyer and order currencies differ.</summary>
    public const string Fx = "fx";

    private const string BuyerPrefix = "buyer:";

    public static string Buyer(string buyerId) => BuyerPrefix + buyerId;

    public static bool IsBuyer(string account) => account.StartsWith(BuyerPrefix, StringComparison.Ordinal);

    public static string Merchant(string partnerId) => "merchant:" + partnerId;

    /// <summary>True for the system accounts, whose balance is summed from their entries instead of kept in a row.</summary>
    public static bool IsSummedOnRead(string account) => account is External or Fees or Fx;
}
