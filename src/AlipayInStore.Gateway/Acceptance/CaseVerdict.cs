namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Where a case stands.</summary>
internal enum CaseVerdict
{
    /// <summary>Not enough traffic yet to decide.</summary>
    Pending,
    Passed,
    Failed,
}
