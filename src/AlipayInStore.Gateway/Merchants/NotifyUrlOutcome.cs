namespace AlipayInStore.Gateway.Merchants;

/// <summary>What setting a merchant's notify URL gives: the control API and the portal only map it to an answer.</summary>
internal abstract record NotifyUrlOutcome
{
    /// <summary>The URL breaks the rule; nothing was saved.</summary>
    public sealed record Invalid(SpecError Error) : NotifyUrlOutcome;

    /// <summary>No such merchant.</summary>
    public sealed record NotFound : NotifyUrlOutcome;

    /// <summary>Saved (null clears it); <paramref name="Previous"/> is the URL it replaced.</summary>
    public sealed record Saved(Merchant Merchant, string? Previous) : NotifyUrlOutcome;
}
