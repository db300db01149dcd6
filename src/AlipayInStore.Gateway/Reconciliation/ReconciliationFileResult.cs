namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>A written reconciliation file: where it is, its SHA-256 (lower-case hex), its data rows and its size.</summary>
internal sealed record ReconciliationFileResult(string Path, string Sha256, int RowCount, long Length);
