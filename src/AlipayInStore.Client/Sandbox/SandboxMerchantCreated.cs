namespace AlipayInStore.Client.Sandbox;

/// <summary>A merchant just created (<c>POST /sandbox/merchants</c>), with the secrets shown this once.</summary>
/// <param name="Merchant">Its ids and settings.</param>
/// <param name="PrivateKeyPem">The generated RSA2 private key (PEM); null when the merchant gave its own public key.</param>
/// <param name="PrivateKeyFile">Where the sandbox also wrote that key, if it did.</param>
/// <param name="GatewayPublicKeyPem">The gateway's public key (PEM), to verify responses and notifications.</param>
/// <param name="PortalPassword">The portal user's password.</param>
/// <param name="SftpPassword">The SFTP password, when one was set.</param>
public sealed record SandboxMerchantCreated(
    SandboxMerchant Merchant, string? PrivateKeyPem, string? PrivateKeyFile, string GatewayPublicKeyPem, string PortalPassword, string? SftpPassword);
