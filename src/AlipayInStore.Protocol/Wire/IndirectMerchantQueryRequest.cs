namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of indirectMerchant.query: the registration of a secondary merchant's store.</summary>
public sealed record IndirectMerchantQueryRequest
{
    /// <summary>The acquirer's Partner ID.</summary>
    public string? MerchantId { get; init; }
    /// <summary>The secondary merchant id.</summary>
    public string? SellerId { get; init; }
    /// <summary>The store id (offline payments).</summary>
    public string? StoreId { get; init; }
    /// <summary><c>OFFLINE</c> (or <c>ONLINE</c>, which this in-store gateway does not register).</summary>
    public string? PaymentScene { get; init; }
}
