namespace AlipayInStore.Client.Reconciliation;

/// <summary>Options for <see cref="Reconciler"/>.</summary>
public sealed class ReconcilerOptions
{
    /// <summary>At most this many disagreements are kept in the report's list (10,000 by default); counts stay complete.</summary>
    public int MaxListedDiscrepancies { get; init; } = 10_000;
}
