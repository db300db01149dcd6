namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// What the operator asks for when creating a merchant (control API body, seed file entry). Null ids and secrets are
/// issued; fixed ones (from a seed file) are kept, so a merchant's CI gets the same ids on every run.
/// </summary>
internal sealed record MerchantSpec
{
    public string? PartnerId { get; init; }
    public string? ClientId { get; init; }
    public string? Name { get; init; }

    /// <summary>Four-digit MCC; 5812 (restaurants) when absent.</summary>
    public string? Industry { get; init; }

    /// <summary>The merchant's RSA2 public key (PEM or Base64 DER); without it, a key pair is generated.</summary>
    public string? RsaPublicKey { get; init; }

    /// <summary>A fixed private key (seed files): its public key is registered and the file written as a generated one is.</summary>
    public string? RsaPrivateKey { get; init; }

    /// <summary>Issue a SHA256 key (true), keep <see cref="Sha256Key"/> when given, or none.</summary>
    public bool? IssueSha256Key { get; init; }
    public string? Sha256Key { get; init; }
    public string? SignType { get; init; }
    public string? NotifyUrl { get; init; }
    public int? FeeRateBasisPoints { get; init; }
    public bool? EmptyDayFiles { get; init; }
    public bool? Acquirer { get; init; }

    /// <summary>The portal user's password; generated when absent.</summary>
    public string? PortalPassword { get; init; }

    /// <summary>The SFTP account's password; none when absent (one can be issued later).</summary>
    public string? SftpPassword { get; init; }
}
