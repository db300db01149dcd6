namespace AlipayInStore.Client.Reconciliation;

/// <summary>The optional first line <c>Partner:&lt;id&gt;|Payment_time:&lt;yyyy-MM-dd&gt;|Total_count:&lt;n&gt;</c>.</summary>
/// <param name="PartnerId">The partner the file belongs to.</param>
/// <param name="BusinessDate">The business day the file covers, in the file's time zone.</param>
/// <param name="TotalCount">The number of data rows the file declares; the reader checks it.</param>
public sealed record ReconciliationPreamble(string PartnerId, DateOnly BusinessDate, long TotalCount);
