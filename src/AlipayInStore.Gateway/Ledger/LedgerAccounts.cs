namespace AlipayInStore.Gateway.Ledger;

/// <summary>Names of ledger accounts.</summary>
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
}
