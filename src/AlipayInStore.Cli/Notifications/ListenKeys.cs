using AlipayInStore.Cli.Merchant;
using AlipayInStore.Client;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Cli.Notifications;

/// <summary>The keys <c>listen</c> needs from the profile: the gateway's, to verify notifications; the merchant's, to acknowledge them itself.</summary>
internal static class ListenKeys
{
    public static IMessageVerifier GatewayVerifier(AlipayInStoreOptions options) => options.SignType == SignTypes.Sha256
        ? new Sha256KeyScheme(options.Sha256Key ?? throw new CliUsageException("The sign type is SHA256 but no SHA256 key is set (--sha256-key or the profile)."))
        : new Rsa2Verifier(RsaPublicKey.Load(options.GatewayPublicKey ?? Read(options.GatewayPublicKeyFile, "gateway public key", "--gateway-key-file")));

    public static IMessageSigner MerchantSigner(AlipayInStoreOptions options) => options.SignType == SignTypes.Sha256
        ? new Sha256KeyScheme(options.Sha256Key!)
        : new Rsa2Signer(RsaPrivateKey.Load(options.MerchantPrivateKey ?? Read(options.MerchantPrivateKeyFile, "merchant private key", "--private-key-file")));

    private static string Read(string? path, string what, string option) =>
        path is null ? throw new CliUsageException($"No {what}: give {option} or use the profile the sandbox wrote.")
        : File.Exists(path) ? File.ReadAllText(path)
        : throw new CliUsageException($"The {what} file '{path}' does not exist.");
}
