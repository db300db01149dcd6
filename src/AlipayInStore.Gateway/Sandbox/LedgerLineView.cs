namespace AlipayInStore.Gateway.Sandbox;

/// <summary>A ledger line as the control API shows it.</summary>
internal sealed record LedgerLineView(string JournalId, string Kind, string Account, string Currency, long Amount, DateTimeOffset At);
