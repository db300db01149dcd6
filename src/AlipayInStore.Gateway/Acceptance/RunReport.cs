namespace AlipayInStore.Gateway.Acceptance;

/// <summary>A run as reported: the current case and every case's grade so far.</summary>
internal sealed record RunReport(string RunId, string PartnerId, DateTimeOffset StartedAt, bool Finished, int Passed, int Failed, int Pending, CaseReport? Current, IReadOnlyList<CaseReport> Cases);
