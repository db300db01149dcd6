namespace AlipayInStore.Client.Sandbox;

/// <summary>A merchant's ids and settings (<c>GET /sandbox/merchants/{partnerId}</c>); no secrets but the SHA256 key.</summary>
/// <param name="PartnerId">The Partner ID (16 digits starting 2088).</param>
/// <param name="ClientId">The Client ID the merchant signs requests with.</param>
/// <param name="Name">The merchant's name.</param>
/// <param name="Industry">The merchant category code (MCC).</param>
/// <param name="SignType"><c>RSA2</c> or <c>SHA256</c>: how the merchant signs.</param>
/// <param name="Sha256Key">The SHA256 key, when one was issued.</param>
/// <param name="HasRsaPublicKey">True when an RSA2 public key is registered.</param>
/// <param name="NotifyUrl">Where notifications go, if anywhere.</param>
/// <param name="FeeRateBasisPoints">The fee in basis points (100 = 1%).</param>
/// <param name="EmptyDayFiles">Header-only reconciliation files for days without transactions.</param>
/// <param name="Acquirer">An acquirer (indirect mode) serving secondary merchants.</param>
/// <param name="SftpUser">The SFTP account name.</param>
/// <param name="SftpPassword">True when the SFTP account has a password.</param>
/// <param name="PortalUser">The portal user name.</param>
/// <param name="Status"><c>ACTIVE</c> or <c>DISABLED</c>.</param>
/// <param name="CreatedAt">When it was created (RFC 3339).</param>
public sealed record SandboxMerchant(
    string PartnerId, string ClientId, string Name, string Industry, string SignType, string? Sha256Key, bool HasRsaPublicKey,
    string? NotifyUrl, int FeeRateBasisPoints, bool EmptyDayFiles, bool Acquirer, string SftpUser, bool SftpPassword,
    string PortalUser, string Status, string CreatedAt);
