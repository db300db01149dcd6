using System.Text.Json.Nodes;
using AlipayInStore.Cli.Merchant;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>Writes a CLI profile for a merchant just created, with its private key and the gateway's public key beside it.</summary>
internal static class MerchantProfileWriter
{
    public static async Task<string> WriteAsync(OperatorApi api, JsonNode created, CliProfile operatorProfile, string target, CancellationToken ct)
    {
        var merchant = created["merchant"]!;
        var path = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var partnerId = merchant["partnerId"]!.GetValue<string>();
        string? privateKeyFile = null;
        if (created["privateKeyPem"]?.GetValue<string>() is { } pem)
        {
            privateKeyFile = Path.Combine(directory, partnerId + "_private_key.pem");
            await File.WriteAllTextAsync(privateKeyFile, pem, ct);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(privateKeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        var gatewayKeyFile = Path.Combine(directory, "gateway_public_key.pem");
        await File.WriteAllTextAsync(gatewayKeyFile, created["gatewayPublicKeyPem"]!.GetValue<string>(), ct);
        var buyers = (await api.SendAsync(HttpMethod.Get, "sandbox/buyers", null, ct)).AsArray()
            .Select(b => new BuyerProfile { BuyerId = b!["buyerId"]?.GetValue<string>(), TestCode = b["testCode"]?.GetValue<string>() }).ToList();
        new CliProfile
        {
            GatewayUrl = api.GatewayUrl,
            ClientId = merchant["clientId"]!.GetValue<string>(),
            PartnerId = partnerId,
            SignType = merchant["signType"]!.GetValue<string>(),
            MerchantPrivateKeyFile = privateKeyFile,
            GatewayPublicKeyFile = gatewayKeyFile,
            Sha256Key = merchant["sha256Key"]?.GetValue<string>(),
            SandboxToken = operatorProfile.SandboxToken,
            Buyers = buyers,
        }.Save(path);
        return path;
    }
}
