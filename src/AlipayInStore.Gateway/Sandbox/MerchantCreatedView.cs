namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: a merchant just created, with the secrets shown this once.</summary>
internal sealed record MerchantCreatedView(
    MerchantView Merchant, string? PrivateKeyPem, string? PrivateKeyFile, string GatewayPublicKeyPem, string PortalPassword, string? SftpPassword);
