namespace AlipayInStore.Protocol.Results;

/// <summary>The three values of <c>resultStatus</c>.</summary>
public static class ResultStatuses
{
    /// <summary>Success.</summary>
    public const string Success = "S";
    /// <summary>Failed; final.</summary>
    public const string Failed = "F";
    /// <summary>Unknown: query, then decide.</summary>
    public const string Unknown = "U";
}
