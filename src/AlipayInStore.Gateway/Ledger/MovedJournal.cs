namespace AlipayInStore.Gateway.Ledger;

/// <summary>
/// A journal whose guarded lines (<see cref="GuardAccount"/>'s debits) have moved and whose other balances and entries are
/// still to be recorded (<see cref="LedgerPoster.RecordAsync"/>).
/// </summary>
internal sealed record MovedJournal(string Id, LedgerEntryKind Kind, DateTimeOffset At, IReadOnlyList<LedgerLine> Lines, string? GuardAccount);
