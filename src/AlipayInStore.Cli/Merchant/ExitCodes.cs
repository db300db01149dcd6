namespace AlipayInStore.Cli.Merchant;

/// <summary>The exit codes of the merchant commands.</summary>
internal static class ExitCodes
{
    /// <summary>The call succeeded (resultStatus S, or the flow ended Paid).</summary>
    public const int Success = 0;
    /// <summary>The gateway answered with a business failure (F, U, Failed, Cancelled, NeedsAttention).</summary>
    public const int BusinessFailure = 1;
    /// <summary>Bad options, missing profile, unreadable or mixed-up keys.</summary>
    public const int UsageError = 2;
    /// <summary>The gateway was unreachable, timed out, or answered something that does not verify.</summary>
    public const int NetworkError = 3;
}
