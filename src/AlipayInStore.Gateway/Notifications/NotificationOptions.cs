namespace AlipayInStore.Gateway.Notifications;

/// <summary>Notification delivery settings (section <c>Gateway:Notifications</c>).</summary>
internal sealed class NotificationOptions
{
    public const string Section = "Gateway:Notifications";

    /// <summary>The production schedule: at once, then 2 min, 10 min, 10 min, 1 h, 2 h, 6 h, 15 h after the previous delivery.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultSchedule =
    [
        TimeSpan.Zero, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(15),
    ];

    /// <summary>
    /// Delay before each scheduled delivery, measured on the sandbox clock from the previous one (the first from the
    /// state change, so it must be zero). Its length is the number of deliveries before a notification is Failed.
    /// Null means <see cref="DefaultSchedule"/>. (An array, not a list with a default: configuration binding appends to defaults.)
    /// </summary>
    public TimeSpan[]? Schedule { get; set; }

    /// <summary>How long one delivery may take, on real time: connect, send, and read the acknowledgement.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a dispatcher looks for due notifications (on the gateway clock).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many notifications a dispatcher claims at a time.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>How many deliveries a dispatcher makes at once.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>How long a claim lasts past its delivery's timeout before another dispatcher may take the row over (a crashed instance).</summary>
    public TimeSpan ClaimMargin { get; set; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<TimeSpan> EffectiveSchedule => Schedule is { Length: > 0 } s ? s : DefaultSchedule;

    /// <summary>The problem with these settings, or null.</summary>
    public string? Problem() =>
        EffectiveSchedule[0] != TimeSpan.Zero ? "Gateway:Notifications:Schedule must start with 00:00:00 (the first delivery is at once)"
        : EffectiveSchedule.Any(d => d < TimeSpan.Zero) ? "Gateway:Notifications:Schedule cannot hold negative delays"
        : Timeout <= TimeSpan.Zero ? "Gateway:Notifications:Timeout must be positive"
        : PollInterval <= TimeSpan.Zero ? "Gateway:Notifications:PollInterval must be positive"
        : BatchSize < 1 || MaxConcurrency < 1 ? "Gateway:Notifications:BatchSize and MaxConcurrency must be at least 1"
        : null;
}
