namespace AlipayInStore.Gateway.Acceptance;

/// <summary>Something recorded that decided a case: an exchange, or a notification delivery.</summary>
internal interface IEvidence
{
    /// <summary>One line a merchant can match against their own logs.</summary>
    string Describe();
}
