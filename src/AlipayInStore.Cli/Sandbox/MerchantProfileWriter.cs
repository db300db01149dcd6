using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client.Sandbox;

namespace AlipayInStore.Cli.Sandbox;

/// <summary>Writes a CLI profile for a merchant just created, with its private key and the gateway's public key beside it.</summary>
internal static class MerchantProfileWriter
{
    public static async Task<string> WriteAsync(SandboxControlClient control, SandboxMerchantCreated created, CliProfile operatorProfile, string target, CancellationToken ct)
    {
        var merchant = created.Merchant;
        var path = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var partnerId = merchant.PartnerId;
        string? privateKeyFile = null;
        if (created.PrivateKeyPem is { } pem)
        {
            privateKeyFile = Path.Combine(directory, partnerId + "_private_key.pem");
            await File.WriteAllTextAsync(privateKeyFile, pem, ct);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(privateKeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        var gatewayKeyFile = Path.Combine(directory, "gateway_public_key.pem");
        await File.WriteAllTextAsync(gatewayKeyFile, created.GatewayPublicKeyPem, ct);
        var buyers = (await control.GetBuyersAsync(ct)).Select(b => new BuyerProfile { BuyerId = b.BuyerId, TestCode = b.TestCode }).ToList();
        new CliProfile
        {
            GatewayUrl = control.GatewayUrl,
            ClientId = merchant.ClientId,
            PartnerId = partnerId,
            SignType = merchant.SignType,
            MerchantPrivateKeyFile = privateKeyFile,
            GatewayPublicKeyFile = gatewayKeyFile,
            Sha256Key = merchant.Sha256Key,
            SandboxToken = operatorProfile.SandboxToken,
            Buyers = buyers,
        }.Save(path);
        return path;
    }
}
