using AlipayInStore.Gateway.Merchants;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>A merchant of a seed file: fixed ids and secrets, its private key in a file beside the seed (or inline).</summary>
internal sealed record SeedMerchant
{
    public string? PartnerId { get; init; }
    public string? ClientId { get; init; }
    public string? Name { get; init; }
    public string? Industry { get; init; }

    /// <summary>PEM file of the merchant's RSA2 private key, relative to the seed file.</summary>
    public string? RsaPrivateKeyFile { get; init; }
    public string? RsaPrivateKey { get; init; }
    public string? Sha256Key { get; init; }
    public string? SignType { get; init; }
    public string? NotifyUrl { get; init; }
    public int? FeeRateBasisPoints { get; init; }
    public bool? EmptyDayFiles { get; init; }
    public bool? Acquirer { get; init; }
    public string? PortalPassword { get; init; }
    public string? SftpPassword { get; init; }

    public MerchantSpec ToSpec(string? privateKeyPem) => new()
    {
        PartnerId = PartnerId, ClientId = ClientId, Name = Name, Industry = Industry, RsaPrivateKey = privateKeyPem ?? RsaPrivateKey,
        Sha256Key = Sha256Key, SignType = SignType, NotifyUrl = NotifyUrl, FeeRateBasisPoints = FeeRateBasisPoints,
        EmptyDayFiles = EmptyDayFiles, Acquirer = Acquirer, PortalPassword = PortalPassword, SftpPassword = SftpPassword,
    };
}
