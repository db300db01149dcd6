namespace AlipayInStore.Gateway.Hosting;

/// <summary>How to start a gateway: where its data lives, where it listens, and (in tests) whose clock it uses.</summary>
internal sealed record GatewayHostSettings
{
    /// <summary>Folder for the SQLite file (unless <see cref="ConnectionString"/> says otherwise), keys and exports.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Kestrel URLs, e.g. <c>http://127.0.0.1:8080</c>; port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:8080";

    /// <summary>Overrides the SQLite default: another SQLite file (<c>Data Source=…</c>) or PostgreSQL (<c>Host=…;Database=…</c>).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The real clock, or a test's fake one; the sandbox offset is added on top.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>A seed file (docs/sandbox.md) for the first start of an empty sandbox; checked whole before anything is made.</summary>
    public string? SeedFile { get; init; }

    /// <summary>
    /// Settings that win over every other source (appsettings, <c>Gateway__*</c> variables), under the same keys, e.g.
    /// from command-line flags (<c>Gateway:PublicBaseUrl</c>, <c>Gateway:Profile</c>, <c>Gateway:SftpPort</c>,
    /// <c>Logging:LogLevel:Default</c>) or from tests that shorten a delay (<c>Gateway:SlowPayDelay</c>). A key set to
    /// null here unsets it.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Run background workers (expiry, async refunds). Tests that drive time by hand may turn them off.</summary>
    public bool BackgroundWork { get; init; } = true;

    /// <summary>Export traces and metrics over OTLP to this collector (metrics are always served at /metrics).</summary>
    public Telemetry.OtlpExport? Otlp { get; init; }
}
