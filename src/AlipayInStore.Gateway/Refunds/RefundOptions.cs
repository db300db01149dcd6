namespace AlipayInStore.Gateway.Refunds;

/// <summary>Refund rules (section <c>Gateway</c>, the keys they had before they moved here).</summary>
internal sealed class RefundOptions
{
    /// <summary>Production profile: how long an asynchronous refund stays PROCESSING.</summary>
    public TimeSpan AsyncRefundDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many days after the payment a refund is accepted.</summary>
    public int RefundWindowDays { get; set; } = 365;
}
