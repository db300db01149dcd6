using System.Text.RegularExpressions;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>The rules for a merchant's ids, keys and settings, shared by the control API, the portal and seed files.</summary>
internal static partial class MerchantRules
{
    public const int MaxFeeRateBasisPoints = 1_000;

    [GeneratedRegex("^2088[0-9]{12}$")]
    private static partial Regex PartnerIdPattern();

    [GeneratedRegex("^[A-Za-z0-9]{8,32}$")]
    private static partial Regex ClientIdPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex MccPattern();

    [GeneratedRegex("^[A-Za-z0-9_]{16,128}$")]
    private static partial Regex Sha256KeyPattern();

    public static SpecError? Check(MerchantSpec spec, string prefix = "") =>
        (spec.PartnerId is { } p && !PartnerIdPattern().IsMatch(p) ? new SpecError(prefix + "partnerId", "must be 2088 followed by 12 digits") : null)
        ?? (spec.ClientId is { } c && !ClientIdPattern().IsMatch(c) ? new SpecError(prefix + "clientId", "must be 8 to 32 letters and digits") : null)
        ?? Name(spec.Name, prefix + "name")
        ?? (spec.Industry is { } i && !MccPattern().IsMatch(i) ? new SpecError(prefix + "industry", "must be a four-digit MCC, e.g. 5812") : null)
        ?? Keys(spec, prefix)
        ?? (spec.SignType is { } s ? SignType(s, prefix + "signType") : null)
        ?? (spec.SignType == SignTypes.Sha256 && spec.IssueSha256Key != true && spec.Sha256Key is null
            ? new SpecError(prefix + "issueSha256Key", "must be true (or sha256Key given) when signType is SHA256") : null)
        ?? (spec.NotifyUrl is { } u ? NotifyUrl(u, prefix + "notifyUrl") : null)
        ?? (spec.FeeRateBasisPoints is { } f ? FeeRate(f, prefix + "feeRateBasisPoints") : null)
        ?? (spec.PortalPassword is { } pw ? Password(pw, prefix + "portalPassword") : null)
        ?? (spec.SftpPassword is { } sp ? Password(sp, prefix + "sftpPassword") : null);

    public static SpecError? Name(string? name, string field) =>
        name is null ? null
        : string.IsNullOrWhiteSpace(name) || name.Length > 128 || name.Any(char.IsControl) ? new SpecError(field, "must be 1 to 128 characters, not blank, no control characters")
        : null;

    public static SpecError? SignType(string signType, string field) =>
        SignTypes.IsKnown(signType) ? null : new SpecError(field, "must be RSA2 or SHA256 (upper case)");

    public static SpecError? FeeRate(int basisPoints, string field) =>
        basisPoints is >= 0 and <= MaxFeeRateBasisPoints ? null : new SpecError(field, $"must be 0 to {MaxFeeRateBasisPoints} basis points (100 = 1%)");

    /// <summary>Empty means none; otherwise the notify URL rule (<see cref="NotifyUrlSetting.Check"/>).</summary>
    public static SpecError? NotifyUrl(string url, string field) => NotifyUrlSetting.Check(url, field);

    public static SpecError? Password(string password, string field) =>
        password.Length is < 10 or > 64 || password.Any(c => c < '!' || c > '~')
            ? new SpecError(field, "must be 10 to 64 printable ASCII characters without spaces")
            : null;

    private static SpecError? Keys(MerchantSpec spec, string prefix)
    {
        if (spec.RsaPublicKey is not null && spec.RsaPrivateKey is not null)
        {
            return new SpecError(prefix + "rsaPublicKey", "must not be given together with rsaPrivateKey (the public key comes from the private key)");
        }
        try
        {
            _ = spec.RsaPublicKey is { } pub ? RsaPublicKey.Load(pub) : null;
        }
        catch (KeyLoadException e)
        {
            return new SpecError(prefix + "rsaPublicKey", "is not a usable RSA2 public key: " + e.Message);
        }
        try
        {
            _ = spec.RsaPrivateKey is { } priv ? RsaPrivateKey.Load(priv) : null;
        }
        catch (KeyLoadException e)
        {
            return new SpecError(prefix + "rsaPrivateKey", "is not a usable RSA2 private key: " + e.Message);
        }
        return spec.Sha256Key is { } key && !Sha256KeyPattern().IsMatch(key)
            ? new SpecError(prefix + "sha256Key", "must be 16 to 128 letters, digits or underscores")
            : null;
    }
}
