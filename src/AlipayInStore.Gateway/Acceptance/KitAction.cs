namespace AlipayInStore.Gateway.Acceptance;

/// <summary>What the kit itself does while a case is current, to see how the integration reacts.</summary>
internal enum KitAction
{
    /// <summary>Nothing: the case is graded from the merchant's own traffic.</summary>
    None,

    /// <summary>The next pay answer is altered after signing (its signature no longer matches).</summary>
    TamperNextPay,

    /// <summary>The merchant's latest payment notification is delivered twice more, genuinely signed.</summary>
    RepeatNotification,

    /// <summary>The merchant's latest payment notification is delivered signed with a key that is not the gateway's.</summary>
    ForgeNotification,
}
