namespace AlipayInStore.Protocol.Wire;

/// <summary>Response body of indirectMerchant.query.</summary>
public sealed record IndirectMerchantQueryResponse
{
    /// <summary>The outcome; <c>S</c> when the store is registered.</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>The secondary merchant as registered.</summary>
    public SellerInfo? SellerInfo { get; init; }
    /// <summary>The store as registered.</summary>
    public StoreInfo? StoreInfo { get; init; }
    /// <summary><c>REGISTERED</c> [ours].</summary>
    public string? RegistrationStatus { get; init; }
}
