namespace AlipayInStore.Client;

/// <summary>What the cashier should see at the end of a payment flow.</summary>
public enum PaymentOutcomeKind
{
    /// <summary>The buyer paid. Hand over the goods.</summary>
    Paid,
    /// <summary>The payment failed with a final code (see <see cref="PaymentOutcome.ResultCode"/>); nothing was charged.</summary>
    Failed,
    /// <summary>No final status arrived in time and the transaction was cancelled; anything charged is returned to the buyer.</summary>
    Cancelled,
    /// <summary>The outcome is still unknown and the cancel did not go through: keep the ids and settle it later (query, then cancel or refund).</summary>
    NeedsAttention,
}
