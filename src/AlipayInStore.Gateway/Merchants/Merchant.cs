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
}
