namespace AlipayInStore.Gateway.Acceptance;

/// <summary>A case's verdict, why, the exchanges and deliveries that decided it, and (when failed) what to do instead.</summary>
internal sealed record CaseGrade(CaseVerdict Verdict, string Reason, IReadOnlyList<IEvidence> Evidence, string? Suggestion = null)
{
    public static CaseGrade Pending(string reason, params IEvidence[] evidence) => new(CaseVerdict.Pending, reason, evidence);

    public static CaseGrade Passed(string reason, params IEvidence[] evidence) => new(CaseVerdict.Passed, reason, evidence);

    public static CaseGrade Failed(string reason, string suggestion, params IEvidence[] evidence) => new(CaseVerdict.Failed, reason, evidence, suggestion);
}
