namespace AlipayInStore.Gateway.Acceptance;

/// <summary>One case of a run as reported: verdict, reason, evidence and suggestion.</summary>
internal sealed record CaseReport(int Number, string Id, string Title, string Instructions, string Status, string Verdict, string Reason, IReadOnlyList<string> Evidence, string? Suggestion);
