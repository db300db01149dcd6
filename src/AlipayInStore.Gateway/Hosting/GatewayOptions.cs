namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// Gateway settings (section <c>Gateway</c>) that cross features: the profile, the public URL, the business day.
/// Each feature binds its own options to the same section, under the keys they always had:
/// <see cref="Payments.PaymentOptions"/>, <see cref="Refunds.RefundOptions"/>, <see cref="Ledger.FxOptions"/>,
/// <see cref="OpenApi.ApiOptions"/>, <see cref="Accounts.PaymentCodeOptions"/>,
/// <see cref="Notifications.NotificationOptions"/> (<c>Gateway:Notifications</c>) and
/// <see cref="Reconciliation.ReconciliationOptions.SftpPort"/> (<c>Gateway:SftpPort</c>).
/// </summary>
internal sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary><c>sandbox</c> (USD only, synchronous refunds) or <c>production</c> (FX table, asynchronous refunds).</summary>
    public string Profile { get; set; } = "sandbox";

    /// <summary>
    /// Base URL the gateway is reached at; used in QR codes and printed links. Unset: the address it listens on
    /// (see <see cref="PublicAddress"/>). Set it when binding 0.0.0.0 behind a name or a port mapping.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Offset of the business day (GMT+8): see <see cref="Payments.BusinessDay"/>.</summary>
    public TimeSpan BusinessDayOffset { get; set; } = TimeSpan.FromHours(8);

    public bool IsSandbox => string.Equals(Profile, "sandbox", StringComparison.OrdinalIgnoreCase);
}
