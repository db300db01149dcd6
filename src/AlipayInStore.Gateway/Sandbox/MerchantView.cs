using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Validation;

namespace AlipayInStore.Gateway.Sandbox;

/// <summary>Control API JSON: a merchant's ids and settings (no secrets but the SHA256 key, which the portal shows too).</summary>
internal sealed record MerchantView(
    string PartnerId, string ClientId, string Name, string Industry, string SignType, string? Sha256Key, bool HasRsaPublicKey,
    string? NotifyUrl, int FeeRateBasisPoints, bool EmptyDayFiles, bool Acquirer, string SftpUser, bool SftpPassword,
    string PortalUser, string Status, string CreatedAt)
{
    public static MerchantView Of(Merchant m) => new(
        m.PartnerId, m.ClientId, m.Name, m.Industry, m.SignType, m.Sha256Key, m.RsaPublicKeyPem is not null, m.NotifyUrl,
        m.FeeRateBasisPoints, m.EmptyDayFiles, m.IsAcquirer, Reconciliation.SftpUser.Of(m.PartnerId), m.SftpPasswordHash is not null,
        MerchantIds.PortalUserName(m.PartnerId), m.IsDisabled ? "DISABLED" : "ACTIVE", Rfc3339.Format(m.CreatedAt));
}
