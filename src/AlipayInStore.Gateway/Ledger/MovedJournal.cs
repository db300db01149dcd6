namespace AlipayInStore.Gateway.Ledger;

/// <summary>A journal whose balances have moved and whose entries are still to be recorded (<see cref="LedgerPoster.RecordAsync"/>).</summary>
internal sealed record MovedJournal(string Id, LedgerEntryKind Kind, DateTimeOffset At, IReadOnlyList<LedgerLine> Lines);
