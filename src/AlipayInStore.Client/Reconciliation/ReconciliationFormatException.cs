namespace AlipayInStore.Client.Reconciliation;

/// <summary>A line of a reconciliation file or merchant ledger that does not follow its format.</summary>
public sealed class ReconciliationFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="lineNumber"/> (1-based) and the rule broken.</summary>
    public ReconciliationFormatException(long lineNumber, string reason)
        : base($"Line {lineNumber}: {reason}")
    {
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>The 1-based physical line number, counting the optional first line and the header.</summary>
    public long LineNumber { get; }

    /// <summary>What is wrong with the line, e.g. <c>Transaction_amount '12.5' must have 2 decimal digits for USD</c>.</summary>
    public string Reason { get; }
}
