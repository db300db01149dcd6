namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>Control API JSON: a day that has no file (no transactions, empty-day files off).</summary>
internal sealed record NoFileView(string PartnerId, string BusinessDate, string Message);
