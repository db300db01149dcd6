using System.Text.Json.Nodes;
using AlipayInStore.Client.Tests.Support;
using AlipayInStore.Testing;

namespace AlipayInStore.Cli.Tests.Support;

/// <summary>A temporary folder with a <c>.sandbox/cli-profile.json</c> as the sandbox writes it, pointing at a given gateway.</summary>
internal sealed class TempProfile : IDisposable
{
    public TempProfile(string gatewayUrl, string sandboxToken = "test-token")
    {
        Directory.CreateDirectory(Path.Combine(Folder, ".sandbox"));
        var profile = new JsonObject
        {
            ["gatewayUrl"] = gatewayUrl,
            ["clientId"] = TestKeys.ClientId,
            ["partnerId"] = TestKeys.PartnerId,
            ["signType"] = "RSA2",
            ["merchantPrivateKeyFile"] = RepoPaths.Vector("merchant_private_key.pem"),
            ["gatewayPublicKeyFile"] = RepoPaths.Vector("gateway_public_key.pem"),
            ["sha256Key"] = null,
            ["sandboxToken"] = sandboxToken,
            ["buyers"] = new JsonArray(new JsonObject { ["buyerId"] = "alice", ["testCode"] = "280000000000000001" }),
        };
        File.WriteAllText(Path.Combine(Folder, ".sandbox", "cli-profile.json"), profile.ToJsonString());
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("alipay-cli-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
