namespace AlipayInStore.Gateway.Ledger;

/// <summary>What moved the money.</summary>
internal enum LedgerEntryKind
{
    Funding = 0,
    Payment = 1,
    Refund = 2,
    Cancel = 3,
}
