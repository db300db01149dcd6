using AlipayInStore.Gateway.Accounts;
using AlipayInStore.Gateway.Data;
using AlipayInStore.Gateway.Hosting;
using AlipayInStore.Protocol.Keys;
using AlipayInStore.Protocol.Signing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// The one way a merchant comes to exist (first start, control API, seed file): ids, keys, SHA256 key, settings,
/// the portal user and the SFTP password, in one unit of work. Generated key pairs are written to
/// <c>keys/merchants/&lt;partnerId&gt;/</c> of the data folder (the first merchant's to <c>keys/</c>, as before).
/// </summary>
internal sealed class MerchantOnboarding(GatewayDbContext db, ISftpAccounts sftp, string keysDirectory)
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
        var (privatePem, publicPem) = spec.RsaPublicKey is { } given
            ? ((string?)null, RsaPublicKey.Load(given).ExportPem())
            : KeyPair(spec.RsaPrivateKey);
        var sha = spec.Sha256Key ?? (spec.IssueSha256Key == true ? MerchantIds.NewSha256Key() : null);
        var sftpHash = spec.SftpPassword is { } sftpPassword ? await sftp.HashAsync(sftpPassword, ct) : null;
        var portalPassword = spec.PortalPassword ?? MerchantIds.NewPassword();
        var userName = MerchantIds.PortalUserName(partnerId);
        Merchant merchant = null!;
        try
        {
            await UnitOfWork.RunAsync(db, async token =>
            {
                // Built afresh on every attempt: a retried unit of work must not reuse a row id from a rolled-back one.
                merchant = Build(spec, partnerId, clientId, publicPem, sha, sftpHash, now);
                db.Merchants.Add(merchant);
                await db.SaveChangesAsync(token);
                var user = new PortalUser(merchant.Id, userName, now);
                user.SetPasswordHash(PortalPasswords.Hash(user, portalPassword));
                db.PortalUsers.Add(user);
                return true;
            }, ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            return (null, new SpecError("partnerId", $"{partnerId} (or clientId {clientId}) was already taken by another merchant created at the same moment"));
        }
        var (privatePath, publicPath) = privatePem is null ? (null, null) : WriteKeyFiles(firstMerchant ? keysDirectory : Path.Combine(keysDirectory, "merchants", partnerId), privatePem, publicPem);
        sftp.WritePasswordHash(partnerId, merchant.SftpPasswordHash);
        return (new OnboardedMerchant(merchant, privatePath, publicPath, privatePem, userName, portalPassword, spec.SftpPassword), null);
    }

    private static Merchant Build(MerchantSpec spec, string partnerId, string clientId, string publicPem, string? sha, string? sftpHash, DateTimeOffset now)
    {
        var merchant = new Merchant(partnerId, clientId, spec.Name ?? "Merchant " + partnerId[^4..], now);
        merchant.SetRsaPublicKey(publicPem);
        if (sha is not null)
        {
            merchant.SetSha256Key(sha);
        }
        merchant.SetSignType(spec.SignType ?? SignTypes.Rsa2);
        merchant.SetIndustry(spec.Industry ?? merchant.Industry);
        merchant.SetNotifyUrl(string.IsNullOrEmpty(spec.NotifyUrl) ? null : spec.NotifyUrl);
        merchant.SetFeeRate(spec.FeeRateBasisPoints ?? merchant.FeeRateBasisPoints);
        merchant.SetEmptyDayFiles(spec.EmptyDayFiles ?? false);
        merchant.SetAcquirer(spec.Acquirer ?? false);
        merchant.SetSftpPasswordHash(sftpHash);
        return merchant;
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
