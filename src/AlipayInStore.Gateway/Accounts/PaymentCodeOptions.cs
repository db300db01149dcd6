namespace AlipayInStore.Gateway.Accounts;

/// <summary>Payment code settings, bound from the <c>Gateway</c> section (the keys stay <c>Gateway:PaymentCodeLifetime</c>, …).</summary>
internal sealed class PaymentCodeOptions
{
    /// <summary>How long a minted payment code may be scanned, on the sandbox clock.</summary>
    public TimeSpan PaymentCodeLifetime { get; set; } = TimeSpan.FromSeconds(60);
}
