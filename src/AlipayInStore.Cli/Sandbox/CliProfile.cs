using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>The CLI profile the sandbox writes and the merchant commands read (docs/sandbox.md).</summary>
internal sealed record CliProfile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public required string GatewayUrl { get; init; }
    public required string ClientId { get; init; }
    public required string PartnerId { get; init; }
    public string SignType { get; init; } = "RSA2";
    public required string MerchantPrivateKeyFile { get; init; }
    public required string GatewayPublicKeyFile { get; init; }
    public string? Sha256Key { get; init; }
    public string? SandboxToken { get; init; }
    public IReadOnlyList<CliProfileBuyer> Buyers { get; init; } = [];

    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temp, path, overwrite: true);
    }

    public static CliProfile Load(string path) =>
        JsonSerializer.Deserialize<CliProfile>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is not a CLI profile");
}
