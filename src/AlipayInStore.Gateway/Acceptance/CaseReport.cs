namespace AlipayInStore.Gateway.Acceptance;

/// <summary>One case of a run as reported: verdict, reason, evidence, suggestion, and the kit's part in it.</summary>
internal sealed record CaseReport(int Number, string Id, string Title, string Instructions, string Status, string Verdict, string Reason, IReadOnlyList<string> Evidence, string? Suggestion)
{
    /// <summary>What the kit itself does in this case (<see cref="KitAction"/> name); "None" when it only watches.</summary>
    public string Kit { get; init; } = nameof(KitAction.None);
}
