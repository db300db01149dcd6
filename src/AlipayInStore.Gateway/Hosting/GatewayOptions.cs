namespace AlipayInStore.Gateway.Hosting;

/// <summary>
/// Gateway settings (section <c>Gateway</c>) that cross features. Features bind their own options to the same section:
/// <see cref="Accounts.PaymentCodeOptions"/>,
/// <see cref="Reconciliation.ReconciliationOptions.SftpPort"/> (<c>Gateway:SftpPort</c>). Payment and refund rules are
/// still here until they get their own options.
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

    public int MaxBodyBytes { get; set; } = 64 * 1024;
    public TimeSpan ReqTimeWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Offset of the business day (GMT+8).</summary>
    public TimeSpan BusinessDayOffset { get; set; } = TimeSpan.FromHours(8);
    public TimeSpan CancelGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a pay waiting for the buyer's confirmation (USER_PAYING) stays open: 3 minutes, as Alipay's barcode products close it.</summary>
    public TimeSpan PendingPayExpiry { get; set; } = TimeSpan.FromMinutes(3);
    public TimeSpan PreCreateDefaultExpiry { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan PreCreateMaxExpiry { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Scenario 9902: how long pay takes to answer.</summary>
    public TimeSpan SlowPayDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Production profile: how long an asynchronous refund stays PROCESSING.</summary>
    public TimeSpan AsyncRefundDelay { get; set; } = TimeSpan.FromSeconds(5);
    public int RefundWindowDays { get; set; } = 365;

    /// <summary>The currency buyers' wallets hold and pay in.</summary>
    public string WalletCurrency { get; set; } = "USD";

    /// <summary>Production FX table: units of the wallet currency per unit of each order currency.</summary>
    public Dictionary<string, decimal> FxRates { get; set; } = new(StringComparer.Ordinal)
    {
        ["EUR"] = 1.08m, ["GBP"] = 1.27m, ["JPY"] = 0.0067m, ["CNY"] = 0.14m, ["CAD"] = 0.73m, ["HKD"] = 0.128m, ["KRW"] = 0.00072m,
    };

    /// <summary>
    /// Delivery of notifications: schedule, timeout, polling. Still held here because the benchmarks' host hook sets it
    /// (bench/AlipayInStore.Benchmarks/NotificationDeliveryBenchmarks.cs); it becomes its own options when that moves.
    /// </summary>
    public Notifications.NotificationOptions Notifications { get; set; } = new();

    public bool IsSandbox => string.Equals(Profile, "sandbox", StringComparison.OrdinalIgnoreCase);
}
