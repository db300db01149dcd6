namespace AlipayInStore.Gateway.Ledger;

/// <summary>The wallet currency and the production FX table (section <c>Gateway</c>, the keys they had before they moved here).</summary>
internal sealed class FxOptions
{
    /// <summary>The currency buyers' wallets hold and pay in.</summary>
    public string WalletCurrency { get; set; } = "USD";

    /// <summary>Production FX table: units of the wallet currency per unit of each order currency.</summary>
    public Dictionary<string, decimal> FxRates { get; set; } = new(StringComparer.Ordinal)
    {
        ["EUR"] = 1.08m, ["GBP"] = 1.27m, ["JPY"] = 0.0067m, ["CNY"] = 0.14m, ["CAD"] = 0.73m, ["HKD"] = 0.128m, ["KRW"] = 0.00072m,
    };
}
