namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// The running balance of one account in one currency, kept beside the entries so an overdraft check is one
/// conditional update (safe under concurrency on every provider). The invariant check compares it with the entries.
/// </summary>
internal sealed class LedgerBalance
{
    private LedgerBalance()
    {
    }

    public LedgerBalance(string account, string currency, long balance)
    {
        Account = account;
        Currency = currency;
        Balance = balance;
    }

    public string Account { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public long Balance { get; private set; }
}
