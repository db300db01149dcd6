using System.Globalization;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>
/// What <c>sandbox</c> starts with. Each value comes from its flag, else its <c>ALIPAY_INSTORE_*</c> variable, else
/// (public URL, profile, log level) the gateway's own configuration (<c>Gateway__PublicBaseUrl</c>, <c>Gateway__Profile</c>,
/// <c>Logging__LogLevel__Default</c>, appsettings.json), else the default. Only values given here override configuration.
/// </summary>
internal sealed record SandboxSettings
{
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 8080;
    public string DataDirectory { get; init; } = Path.GetFullPath(".sandbox");
    public string? PublicUrl { get; init; }
    public string? Profile { get; init; }
    public string? LogLevel { get; init; }
    public string? ConnectionString { get; init; }

    /// <summary>The Kestrel URL; IPv6 literals are bracketed.</summary>
    public string ListenUrl => $"http://{(Host.Contains(':', StringComparison.Ordinal) && !Host.StartsWith('[') ? $"[{Host}]" : Host)}:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The settings that win over the gateway's configuration: only those the user gave.</summary>
    public IReadOnlyDictionary<string, string?> Overrides()
    {
        var overrides = new Dictionary<string, string?>();
        if (PublicUrl is not null)
        {
            overrides["Gateway:PublicBaseUrl"] = PublicUrl;
        }
        if (Profile is not null)
        {
            overrides["Gateway:Profile"] = Profile;
        }
        if (LogLevel is not null)
        {
            overrides["Logging:LogLevel:Default"] = LogLevel;
        }
        return overrides;
    }

    /// <summary>Fills what the flags left out (null) from the environment; throws <see cref="FormatException"/> naming a bad value.</summary>
    public static SandboxSettings Resolve(string? host, int? port, string? data, string? publicUrl, string? profile, string? logLevel, string? db,
        Func<string, string?> environment)
    {
        string? Env(string name) => environment(name) is { Length: > 0 } value ? value : null;
        var portText = port?.ToString(CultureInfo.InvariantCulture) ?? Env("ALIPAY_INSTORE_PORT") ?? "8080";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var portNumber) || portNumber > 65535)
        {
            throw new FormatException($"The port '{portText}' (--port or ALIPAY_INSTORE_PORT) must be a number from 0 to 65535; 0 picks a free port.");
        }
        publicUrl ??= Env("ALIPAY_INSTORE_PUBLIC_URL");
        if (publicUrl is not null && (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new FormatException($"The public URL '{publicUrl}' (--public-url or ALIPAY_INSTORE_PUBLIC_URL) must be an absolute http:// or https:// URL, e.g. http://sandbox.local:8080.");
        }
        return new SandboxSettings
        {
            Host = host ?? Env("ALIPAY_INSTORE_HOST") ?? "127.0.0.1",
            Port = portNumber,
            DataDirectory = Path.GetFullPath(data ?? Env("ALIPAY_INSTORE_DATA") ?? ".sandbox"),
            PublicUrl = publicUrl?.TrimEnd('/'),
            Profile = profile,
            LogLevel = logLevel ?? Env("ALIPAY_INSTORE_LOG_LEVEL"),
            ConnectionString = db ?? Env("ALIPAY_INSTORE_DB"),
        };
    }
}
