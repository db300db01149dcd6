using System.Text.Json;

namespace Till;

/// <summary>Reads the CLI profile the sandbox writes (.sandbox/cli-profile.json) as AlipayInStore settings, for trying the till.</summary>
public static class SandboxProfile
{
    private static readonly string[] Keys = ["gatewayUrl", "clientId", "partnerId", "merchantPrivateKeyFile", "gatewayPublicKeyFile", "signType", "sha256Key"];

    public static void AddTo(ConfigurationManager configuration)
    {
        if (configuration["Till:Profile"] is not { Length: > 0 } path)
        {
            return;
        }
        using var profile = JsonDocument.Parse(File.ReadAllText(path));
        var settings = new Dictionary<string, string?>();
        foreach (var key in Keys)
        {
            if (profile.RootElement.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            {
                settings["AlipayInStore:" + key] = value.GetString();
            }
        }
        // No --code: pay with the first sandbox buyer's reusable test code.
        if (configuration["Till:Code"] is null && profile.RootElement.TryGetProperty("buyers", out var buyers) && buyers.GetArrayLength() > 0)
        {
            settings["Till:Code"] = buyers[0].GetProperty("testCode").GetString();
        }
        configuration.AddInMemoryCollection(settings);
    }
}
