namespace AlipayInStore.Testing;

/// <summary>How <see cref="AlipaySandbox.StartAsync"/> starts the sandbox; the defaults are those of <c>alipay-instore sandbox</c>.</summary>
public sealed class AlipaySandboxOptions
{
    /// <summary>The data folder; a fresh temporary folder (deleted on dispose) when null.</summary>
    public string? DataDirectory { get; init; }

    /// <summary><c>sandbox</c> (USD only, synchronous refunds, scenarios) or <c>production</c>.</summary>
    public string Profile { get; init; } = "sandbox";

    /// <summary>Scenario 9902: how long pay takes to answer; 30 s as in the sandbox unless shortened here.</summary>
    public TimeSpan? SlowPayDelay { get; init; }

    /// <summary>The gateway's minimum log level (Trace … None); Warning by default.</summary>
    public string LogLevel { get; init; } = "Warning";

    /// <summary>A database connection string (e.g. PostgreSQL); SQLite in the data folder when null.</summary>
    public string? ConnectionString { get; init; }
}
