namespace AlipayInStore.Gateway.Payments;

/// <summary>The payment engine's rules (section <c>Gateway</c>, the keys they had before they moved here).</summary>
internal sealed class PaymentOptions
{
    /// <summary>How long after the business day's end a payment of that day may still be cancelled.</summary>
    public TimeSpan CancelGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a pay waiting for the buyer's confirmation (USER_PAYING) stays open: 3 minutes, as Alipay's barcode products close it.</summary>
    public TimeSpan PendingPayExpiry { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>A preCreate order's life when the request names no expiryTime.</summary>
    public TimeSpan PreCreateDefaultExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest expiryTime a preCreate may ask for.</summary>
    public TimeSpan PreCreateMaxExpiry { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Scenario 9902: how long pay takes to answer.</summary>
    public TimeSpan SlowPayDelay { get; set; } = TimeSpan.FromSeconds(30);
}
