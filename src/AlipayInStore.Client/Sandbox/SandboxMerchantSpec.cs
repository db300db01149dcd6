namespace AlipayInStore.Client.Sandbox;

/// <summary>A merchant to create (<c>POST /sandbox/merchants</c>); null members take the sandbox's defaults.</summary>
public sealed record SandboxMerchantSpec
{
    /// <summary>A fixed Partner ID; generated when absent.</summary>
    public string? PartnerId { get; init; }

    /// <summary>A fixed Client ID; generated when absent.</summary>
    public string? ClientId { get; init; }

    /// <summary>The merchant's name.</summary>
    public string? Name { get; init; }

    /// <summary>Four-digit MCC; 5812 (restaurants) when absent.</summary>
    public string? Industry { get; init; }

    /// <summary>The merchant's RSA2 public key (PEM or Base64 DER); without it a key pair is generated.</summary>
    public string? RsaPublicKey { get; init; }

    /// <summary>Issue a SHA256 key.</summary>
    public bool? IssueSha256Key { get; init; }

    /// <summary><c>RSA2</c> (default) or <c>SHA256</c>: how the merchant signs.</summary>
    public string? SignType { get; init; }

    /// <summary>Where notifications go (absolute http or https URL).</summary>
    public string? NotifyUrl { get; init; }

    /// <summary>The fee in basis points, 0 to 1000 (100 = 1%).</summary>
    public int? FeeRateBasisPoints { get; init; }

    /// <summary>Header-only reconciliation files for days without transactions.</summary>
    public bool? EmptyDayFiles { get; init; }

    /// <summary>An acquirer (indirect mode) serving secondary merchants.</summary>
    public bool? Acquirer { get; init; }

    /// <summary>The portal user's password; generated when absent.</summary>
    public string? PortalPassword { get; init; }

    /// <summary>The SFTP account's password; none when absent.</summary>
    public string? SftpPassword { get; init; }
}
