using AlipayInStore.Gateway.Data;
using AlipayInStore.Protocol.Signing;
using Microsoft.EntityFrameworkCore;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>Changes a merchant's settings, status and SFTP password: every value checked first, nothing changed on a refusal.</summary>
internal sealed class MerchantSettings(GatewayDbContext db, ISftpAccounts sftp, TimeProvider clock)
{
    public static SpecError? Check(MerchantSettingsPatch patch, Merchant merchant) =>
        MerchantRules.Name(patch.Name, "name")
        ?? (patch.SignType is { } s ? MerchantRules.SignType(s, "signType") : null)
        ?? (patch.SignType == SignTypes.Sha256 && merchant.Sha256Key is null && patch.IssueSha256Key != true
            ? new SpecError("signType", "SHA256 needs a SHA256 key: also send issueSha256Key true") : null)
        ?? (patch.NotifyUrl is { } u ? MerchantRules.NotifyUrl(u, "notifyUrl") : null)
        ?? (patch.FeeRateBasisPoints is { } f ? MerchantRules.FeeRate(f, "feeRateBasisPoints") : null);

    public Task<Merchant?> FindAsync(string partnerId, CancellationToken ct) => db.Merchants.SingleOrDefaultAsync(m => m.PartnerId == partnerId, ct);

    public async Task<SpecError?> ApplyAsync(Merchant merchant, MerchantSettingsPatch patch, CancellationToken ct)
    {
        if (Check(patch, merchant) is { } invalid)
        {
            return invalid;
        }
        if (patch.Name is { } name)
        {
            merchant.SetName(name);
        }
        if (patch.IssueSha256Key == true)
        {
            merchant.SetSha256Key(MerchantIds.NewSha256Key());
        }
        if (patch.SignType is { } signType)
        {
            merchant.SetSignType(signType);
        }
        if (patch.NotifyUrl is { } url)
        {
            merchant.SetNotifyUrl(url.Length == 0 ? null : url);
        }
        if (patch.FeeRateBasisPoints is { } fee)
        {
            merchant.SetFeeRate(fee);
        }
        if (patch.EmptyDayFiles is { } empty)
        {
            merchant.SetEmptyDayFiles(empty);
        }
        if (patch.Acquirer is { } acquirer)
        {
            merchant.SetAcquirer(acquirer);
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Issues a new SFTP password: returned once, stored hashed; takes effect when the SFTP server (re)starts.</summary>
    public async Task<string> IssueSftpPasswordAsync(Merchant merchant, CancellationToken ct)
    {
        var password = sftp.NewPassword();
        merchant.SetSftpPasswordHash(await sftp.HashAsync(password, ct));
        await db.SaveChangesAsync(ct);
        sftp.WritePasswordHash(merchant.PartnerId, merchant.SftpPasswordHash);
        return password;
    }

    public async Task RemoveSftpPasswordAsync(Merchant merchant, CancellationToken ct)
    {
        merchant.SetSftpPasswordHash(null);
        await db.SaveChangesAsync(ct);
        sftp.WritePasswordHash(merchant.PartnerId, null);
    }

    public async Task SetDisabledAsync(Merchant merchant, bool disabled, CancellationToken ct)
    {
        if (disabled)
        {
            merchant.Disable(clock.GetUtcNow());
        }
        else
        {
            merchant.Enable();
        }
        await db.SaveChangesAsync(ct);
    }
}
