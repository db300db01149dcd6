namespace AlipayInStore.Client.Sandbox;

/// <summary>The ledger check (<c>GET /sandbox/ledger/check</c>).</summary>
/// <param name="Balanced">True when every journal balances and every balance matches its entries.</param>
/// <param name="Currencies">The sum of all accounts per currency (0 when balanced).</param>
/// <param name="Problems">Each problem in words.</param>
public sealed record SandboxLedgerCheck(bool Balanced, IReadOnlyDictionary<string, long> Currencies, IReadOnlyList<string> Problems);
