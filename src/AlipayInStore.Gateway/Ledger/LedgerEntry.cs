namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// One line of the append-only, double-entry ledger: a signed amount (positive adds to the account) in minor units.
/// The lines of one journal sum to zero in every currency. Never updated, never deleted.
/// </summary>
internal sealed class LedgerEntry
{
    private LedgerEntry()
    {
    }

    public LedgerEntry(string journalId, LedgerEntryKind kind, string account, string currency, long amount, long? paymentId, long? refundId, DateTimeOffset at)
    {
        JournalId = journalId;
        Kind = kind;
        Account = account;
        Currency = currency;
        Amount = amount;
        PaymentId = paymentId;
        RefundId = refundId;
        At = at;
    }

    public long Id { get; private set; }
    public string JournalId { get; private set; } = "";
    public LedgerEntryKind Kind { get; private set; }
    public string Account { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public long Amount { get; private set; }
    public long? PaymentId { get; private set; }
    public long? RefundId { get; private set; }
    public DateTimeOffset At { get; private set; }
}
