using System.CommandLine;
using System.Text.Json;
using AlipayInStore.Client;

namespace AlipayInStore.Cli.Merchant;

/// <summary>
/// The options every merchant command shares, and how they resolve: an option wins over an environment
/// variable, which wins over the profile (<c>--profile</c>, else <c>$ALIPAY_INSTORE_PROFILE</c>, else <c>./.sandbox/cli-profile.json</c>).
/// </summary>
internal sealed class ConnectionOptions
{
    public const string DefaultProfilePath = ".sandbox/cli-profile.json";

    public Option<string?> Profile { get; } = new("--profile") { Description = "CLI profile file (default $ALIPAY_INSTORE_PROFILE or ./.sandbox/cli-profile.json)" };
    public Option<string?> GatewayUrl { get; } = new("--gateway-url") { Description = "Gateway base URL [$ALIPAY_INSTORE_GATEWAY_URL]" };
    public Option<string?> ClientId { get; } = new("--client-id") { Description = "Client ID [$ALIPAY_INSTORE_CLIENT_ID]" };
    public Option<string?> PartnerId { get; } = new("--partner-id") { Description = "Partner ID [$ALIPAY_INSTORE_PARTNER_ID]" };
    public Option<string?> PrivateKeyFile { get; } = new("--private-key-file") { Description = "Merchant private key PEM [$ALIPAY_INSTORE_PRIVATE_KEY_FILE]" };
    public Option<string?> GatewayKeyFile { get; } = new("--gateway-key-file") { Description = "Gateway public key PEM [$ALIPAY_INSTORE_GATEWAY_KEY_FILE]" };
    public Option<string?> SignType { get; } = new("--sign-type") { Description = "RSA2 or SHA256 [$ALIPAY_INSTORE_SIGN_TYPE]" };
    public Option<string?> Sha256Key { get; } = new("--sha256-key") { Description = "Shared SHA256 key [$ALIPAY_INSTORE_SHA256_KEY]" };
    public Option<double?> Timeout { get; } = new("--timeout") { Description = "Seconds one HTTP attempt may take (default 15)" };
    public Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of a table" };

    public static ConnectionOptions AddTo(Command command)
    {
        var o = new ConnectionOptions();
        foreach (var option in new Option[] { o.Profile, o.GatewayUrl, o.ClientId, o.PartnerId, o.PrivateKeyFile, o.GatewayKeyFile, o.SignType, o.Sha256Key, o.Timeout, o.Json })
        {
            command.Options.Add(option);
        }
        return o;
    }

    /// <summary>The profile, or an empty one when none exists and none was asked for.</summary>
    public CliProfile LoadProfile(ParseResult parse)
    {
        var asked = parse.GetValue(Profile) ?? Environment.GetEnvironmentVariable("ALIPAY_INSTORE_PROFILE");
        var path = asked ?? DefaultProfilePath;
        if (!File.Exists(path))
        {
            return asked is null ? new CliProfile() : throw new CliUsageException($"The profile '{path}' does not exist.");
        }
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), CliJsonContext.Default.CliProfile) ?? new CliProfile();
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"The profile '{path}' is not valid JSON: {ex.Message}");
        }
    }

    public AlipayInStoreOptions Resolve(ParseResult parse, CliProfile profile)
    {
        var options = new AlipayInStoreOptions
        {
            GatewayUrl = ResolveGatewayUrl(parse, profile),
            ClientId = Pick(parse, ClientId, "ALIPAY_INSTORE_CLIENT_ID", profile.ClientId),
            PartnerId = Pick(parse, PartnerId, "ALIPAY_INSTORE_PARTNER_ID", profile.PartnerId),
            MerchantPrivateKeyFile = Pick(parse, PrivateKeyFile, "ALIPAY_INSTORE_PRIVATE_KEY_FILE", profile.MerchantPrivateKeyFile),
            GatewayPublicKeyFile = Pick(parse, GatewayKeyFile, "ALIPAY_INSTORE_GATEWAY_KEY_FILE", profile.GatewayPublicKeyFile),
            SignType = Pick(parse, SignType, "ALIPAY_INSTORE_SIGN_TYPE", profile.SignType) ?? "RSA2",
            Sha256Key = Pick(parse, Sha256Key, "ALIPAY_INSTORE_SHA256_KEY", profile.Sha256Key),
        };
        if (parse.GetValue(Timeout) is { } seconds)
        {
            options.RequestTimeout = seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new CliUsageException("--timeout must be a positive number of seconds.");
        }
        if (options.GatewayUrl is null)
        {
            throw new CliUsageException(
                $"No gateway: start the sandbox (alipay-instore sandbox) to get {DefaultProfilePath}, or give --profile or --gateway-url, --client-id, --partner-id and the key files.");
        }
        return options;
    }

    /// <summary>The gateway URL alone: <c>--gateway-url</c>, else $ALIPAY_INSTORE_GATEWAY_URL, else the profile's; null when none.</summary>
    public string? ResolveGatewayUrl(ParseResult parse, CliProfile profile) =>
        Pick(parse, GatewayUrl, "ALIPAY_INSTORE_GATEWAY_URL", profile.GatewayUrl);

    public AlipayInStoreClient CreateClient(ParseResult parse, out CliProfile profile)
    {
        profile = LoadProfile(parse);
        var options = Resolve(parse, profile);
        // Each attempt has its own timeout from the options.
        return new AlipayInStoreClient(new HttpClient { Timeout = System.Threading.Timeout.InfiniteTimeSpan }, options);
    }

    /// <summary>The sandbox control token: <paramref name="given"/> (an option), else $ALIPAY_INSTORE_SANDBOX_TOKEN, else the profile's.</summary>
    public static string SandboxToken(CliProfile profile, string? given = null) =>
        given ?? NullIfEmpty(Environment.GetEnvironmentVariable("ALIPAY_INSTORE_SANDBOX_TOKEN")) ?? profile.SandboxToken
        ?? throw new CliUsageException("No sandbox token: give --token, use the profile the sandbox wrote, or set ALIPAY_INSTORE_SANDBOX_TOKEN.");

    private static string? Pick(ParseResult parse, Option<string?> option, string variable, string? fromProfile) =>
        parse.GetValue(option) ?? NullIfEmpty(Environment.GetEnvironmentVariable(variable)) ?? fromProfile;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
