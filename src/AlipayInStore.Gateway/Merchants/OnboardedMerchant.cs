namespace AlipayInStore.Gateway.Merchants;

/// <summary>A merchant just created, with the secrets shown once: the generated private key, the passwords.</summary>
internal sealed record OnboardedMerchant(
    Merchant Merchant, string? PrivateKeyPath, string? PublicKeyPath, string? PrivateKeyPem, string PortalUserName, string PortalPassword, string? SftpPassword);
