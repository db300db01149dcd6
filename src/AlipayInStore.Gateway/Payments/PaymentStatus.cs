namespace AlipayInStore.Gateway.Payments;

/// <summary>The states of a transaction; the wire names are in <see cref="PaymentStatusNames"/>.</summary>
internal enum PaymentStatus
{
    /// <summary>Waiting for the buyer (customer-scan, or a pay that needs confirmation or is still processing).</summary>
    WaitBuyerPay = 0,
    /// <summary>Paid.</summary>
    Success = 1,
    /// <summary>Failed, expired or never paid.</summary>
    Closed = 2,
    /// <summary>Cancelled by the merchant (reversed in full when it had been paid).</summary>
    Cancelled = 3,
}
