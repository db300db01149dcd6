namespace AlipayInStore.Gateway.Refunds;

/// <summary>The states of a refund, named as on the wire.</summary>
internal enum RefundStatus
{
    /// <summary>Accepted, completing asynchronously.</summary>
    Processing = 0,
    /// <summary>Done: the buyer has the money back.</summary>
    Success = 1,
    /// <summary>Failed.</summary>
    Fail = 2,
}
