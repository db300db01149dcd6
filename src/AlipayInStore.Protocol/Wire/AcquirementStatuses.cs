namespace AlipayInStore.Protocol.Wire;

/// <summary>The values of <c>acquirementStatus</c> (payQuery, notify.pay): the one list the gateway writes and the SDK reads.</summary>
public static class AcquirementStatuses
{
    /// <summary>Waiting for the buyer to pay or confirm.</summary>
    public const string WaitBuyerPay = "WAIT_BUYER_PAY";

    /// <summary>Paid.</summary>
    public const string Success = "SUCCESS";

    /// <summary>Closed without payment: failed or expired, nothing charged.</summary>
    public const string Closed = "CLOSED";

    /// <summary>Cancelled by the merchant (reversed when it had been paid).</summary>
    public const string Cancelled = "CANCELLED";
}
