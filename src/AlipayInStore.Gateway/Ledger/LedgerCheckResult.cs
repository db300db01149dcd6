namespace AlipayInStore.Gateway.Ledger;

/// <summary>The outcome of <see cref="LedgerCheck"/>: balanced or not, the sum per currency, and each problem in words.</summary>
internal sealed record LedgerCheckResult(bool Balanced, IReadOnlyDictionary<string, long> Currencies, IReadOnlyList<string> Problems);
