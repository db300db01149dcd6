using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Gateway.Portal;
using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// The one way a merchant comes to exist (first start, control API, seed file): ids, keys, SHA256 key, settings,
/// the portal user and the SFTP password, in one unit of work. Generated key pairs are written to
/// <c>keys/merchants/&lt;partnerId&gt;/</c> of the data folder (the first merchant's to <c>keys/</c>, as before).
/// </summary>
internal sealed class MerchantOnboarding(GatewayDbContext db, ReconciliationExportLayout layout, string keysDirectory)
{
    public async Task<(OnboardedMerchant? Merchant, SpecError? Error)> CreateAsync(MerchantSpec spec, DateTimeOffset now, bool firstMerchant, CancellationToken ct)
    {
        if (MerchantRules.Check(spec) is { } invalid)
        {
            return (null, invalid);
        }
        var partnerId = spec.PartnerId ?? MerchantIds.NewPartnerId();
        var clientId = spec.ClientId ?? MerchantIds.NewClientId();
        if (await db.Merchants.AnyAsync(m => m.PartnerId == partnerId, ct))
        {
            return (null, new SpecError("partnerId", $"{partnerId} is already taken by another merchant"));
        }
        if (await db.Merchants.AnyAsync(m => m.ClientId == clientId, ct))
        {
            return (null, new SpecError("clientId", $"{clientId} is already taken by another merchant"));
        }
        var merchant = new Merchant(partnerId, clientId, spec.Name ?? "Merchant " + partnerId[^4..], now);
        var (privatePem, publicPem) = spec.RsaPublicKey is { } given
            ? ((string?)null, RsaPublicKey.Load(given).ExportPem())
            : KeyPair(spec.RsaPrivateKey);
        merchant.SetRsaPublicKey(publicPem);
        if ((spec.Sha256Key ?? (spec.IssueSha256Key == true ? MerchantIds.NewSha256Key() : null)) is { } sha)
        {
            merchant.SetSha256Key(sha);
        }
        merchant.SetSignType(spec.SignType ?? SignTypes.Rsa2);
        merchant.SetIndustry(spec.Industry ?? merchant.Industry);
        merchant.SetNotifyUrl(string.IsNullOrEmpty(spec.NotifyUrl) ? null : spec.NotifyUrl);
        merchant.SetFeeRate(spec.FeeRateBasisPoints ?? merchant.FeeRateBasisPoints);
        merchant.SetEmptyDayFiles(spec.EmptyDayFiles ?? false);
        merchant.SetAcquirer(spec.Acquirer ?? false);
        if (spec.SftpPassword is { } sftp)
        {
            merchant.SetSftpPasswordHash(await SftpPasswords.HashAsync(sftp, ct));
        }
        var portalPassword = spec.PortalPassword ?? MerchantIds.NewPassword();
        var userName = MerchantIds.PortalUserName(partnerId);
        await UnitOfWork.RunAsync(db, async token =>
        {
            db.Merchants.Add(merchant);
            await db.SaveChangesAsync(token);
            var user = new PortalUser(merchant.Id, userName, now);
            user.SetPasswordHash(PortalPasswords.Hash(user, portalPassword));
            db.PortalUsers.Add(user);
            return true;
        }, ct);
        var (privatePath, publicPath) = privatePem is null ? (null, null) : WriteKeyFiles(firstMerchant ? keysDirectory : Path.Combine(keysDirectory, "merchants", partnerId), privatePem, publicPem);
        SftpAccountFiles.WritePasswordHash(layout, partnerId, merchant.SftpPasswordHash);
        return (new OnboardedMerchant(merchant, privatePath, publicPath, privatePem, userName, portalPassword, spec.SftpPassword), null);
    }

    private static (string PrivatePem, string PublicPem) KeyPair(string? fixedPrivateKey)
    {
        var key = fixedPrivateKey is { } pem ? RsaPrivateKey.Load(pem) : RsaPrivateKey.Generate();
        return (key.ExportPem(), key.PublicKey.ExportPem());
    }

    private static (string, string) WriteKeyFiles(string directory, string privatePem, string publicPem)
    {
        Directory.CreateDirectory(directory);
        var privatePath = Path.Combine(directory, "merchant_private_key.pem");
        var publicPath = Path.Combine(directory, "merchant_public_key.pem");
        KeyFiles.WriteSecret(privatePath, privatePem);
        File.WriteAllText(publicPath, publicPem);
        return (privatePath, publicPath);
    }
}
