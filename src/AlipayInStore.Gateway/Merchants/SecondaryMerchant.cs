namespace AlipayInStore.Gateway.Merchants;

/// <summary>
/// A secondary merchant and one of its stores, registered by an acquirer with
/// <c>alipay.intl.merchant.common.indirectMerchant.maintain</c>: one row per acquirer, seller id and store id.
/// </summary>
internal sealed class SecondaryMerchant
{
    private SecondaryMerchant()
    {
    }

    public SecondaryMerchant(long acquirerId, string sellerId, string storeId, DateTimeOffset now)
    {
        AcquirerId = acquirerId;
        SellerId = sellerId;
        StoreId = storeId;
        RegisteredAt = now;
        UpdatedAt = now;
    }

    public long Id { get; private set; }

    /// <summary>The acquirer's <see cref="Merchant.Id"/>.</summary>
    public long AcquirerId { get; private set; }
    public string SellerId { get; private set; } = "";
    public string SellerName { get; private set; } = "";

    /// <summary>The four-digit merchant category code.</summary>
    public string Mcc { get; private set; } = "";
    public string StoreId { get; private set; } = "";
    public string StoreName { get; private set; } = "";
    public string? StoreAddress { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Describe(string sellerName, string mcc, string storeName, string? storeAddress, DateTimeOffset now)
    {
        SellerName = sellerName;
        Mcc = mcc;
        StoreName = storeName;
        StoreAddress = storeAddress;
        UpdatedAt = now;
    }
}
