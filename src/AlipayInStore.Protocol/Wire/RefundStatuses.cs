namespace AlipayInStore.Protocol.Wire;

/// <summary>The values of <c>refundStatus</c> (refund, notify.refund): the one list the gateway writes and the SDK reads.</summary>
public static class RefundStatuses
{
    /// <summary>Accepted; completes asynchronously (a notify.refund follows).</summary>
    public const string Processing = "PROCESSING";

    /// <summary>Done: the buyer has the money back.</summary>
    public const string Success = "SUCCESS";

    /// <summary>The refund failed.</summary>
    public const string Fail = "FAIL";
}
