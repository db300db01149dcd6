namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Every case, in the order a run walks through them.</summary>
internal static class AcceptanceCatalog
{
    public static IReadOnlyList<AcceptanceCase> Cases { get; } = [.. PaymentCases.All(), .. NotificationCases.All(), .. OrderAndRefundCases.All()];
}
