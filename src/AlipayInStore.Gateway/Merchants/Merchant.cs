namespace AlipayInStore.Gateway.Merchants;

/// <summary>A merchant account: its ids, keys and settings.</summary>
internal sealed class Merchant
{
    private Merchant()
    {
    }

    public Merchant(string partnerId, string clientId, string name, DateTimeOffset createdAt)
    {
        PartnerId = partnerId;
        ClientId = clientId;
        Name = name;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public string PartnerId { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Industry { get; private set; } = "5812";
    public string? RsaPublicKeyPem { get; private set; }
    public string? Sha256Key { get; private set; }
    public string? NotifyUrl { get; private set; }

    /// <summary>Fee rate in basis points of the order amount (100 = 1%).</summary>
    public int FeeRateBasisPoints { get; private set; } = 100;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Bumped on every key change so cached verifiers are dropped.</summary>
    public int KeyVersion { get; private set; }

    /// <summary>How this merchant signs (RSA2 or SHA256): requests must, and answers and notifications are signed so.</summary>
    public string SignType { get; private set; } = "RSA2";

    /// <summary>Header-only reconciliation files for days without transactions (off: no file for such a day).</summary>
    public bool EmptyDayFiles { get; private set; }

    /// <summary>The SFTP account's password as a crypt(3) SHA-512 hash (<c>$6$…</c>), or null when it has none.</summary>
    public string? SftpPasswordHash { get; private set; }

    /// <summary>When the operator disabled the merchant: its requests are refused, its history is kept.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    /// <summary>An acquirer (indirect mode) serves registered secondary merchants; a direct merchant's seller ids are its partner id.</summary>
    public bool IsAcquirer { get; private set; }

    public void SetRsaPublicKey(string pem)
    {
        RsaPublicKeyPem = pem;
        KeyVersion++;
    }

    public void SetSha256Key(string key)
    {
        Sha256Key = key;
        KeyVersion++;
    }

    public void SetNotifyUrl(string? url) => NotifyUrl = url;

    public void SetSignType(string signType) => SignType = signType;

    public void SetFeeRate(int basisPoints) => FeeRateBasisPoints = basisPoints;

    public void SetEmptyDayFiles(bool on) => EmptyDayFiles = on;

    public void SetSftpPasswordHash(string? hash) => SftpPasswordHash = hash;

    public void SetName(string name) => Name = name;

    public void SetIndustry(string mcc) => Industry = mcc;

    public void Disable(DateTimeOffset now) => DisabledAt ??= now;

    public void Enable() => DisabledAt = null;

    public void SetAcquirer(bool on) => IsAcquirer = on;
}
