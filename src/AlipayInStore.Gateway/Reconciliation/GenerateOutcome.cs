namespace AlipayInStore.Gateway.Reconciliation;

/// <summary>What asking for a partner-day file gives: the control API and the portal only map it to an answer.</summary>
internal abstract record GenerateOutcome
{
    /// <summary>The day is today or later on the sandbox clock; a file covers a whole day.</summary>
    public sealed record NotOver(DateOnly Yesterday) : GenerateOutcome;

    /// <summary>The partner id cannot name a file (letters and digits only).</summary>
    public sealed record UnsafePartner : GenerateOutcome;

    /// <summary>The day's record: a file, or none for a day without transactions (<see cref="ReconciliationFile.HasFile"/>).</summary>
    public sealed record Generated(ReconciliationFile File) : GenerateOutcome;
}
