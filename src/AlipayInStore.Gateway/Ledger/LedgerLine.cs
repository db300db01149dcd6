namespace AlipayInStore.Gateway.Ledger;

/// <summary>One line to post: a signed amount in minor units (positive adds to the account).</summary>
internal sealed record LedgerLine(string Account, string Currency, long Amount);
