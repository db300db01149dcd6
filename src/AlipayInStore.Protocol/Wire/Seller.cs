namespace AlipayInStore.Protocol.Wire;

/// <summary>The seller of an order. In direct integration both ids equal the partner id.</summary>
public sealed record Seller
{
    /// <summary>Secondary merchant id (at most 64); the partner id in direct integration.</summary>
    public string? SecondaryMerchantId { get; init; }
    /// <summary>Secondary merchant name (at most 256).</summary>
    public string? SecondaryMerchantName { get; init; }
    /// <summary>Merchant category code, 4 digits.</summary>
    public string? SecondaryMerchantIndustry { get; init; }
    /// <summary>Store id (at most 64); the partner id in direct integration.</summary>
    public string? StoreId { get; init; }
    /// <summary>Store name (at most 256).</summary>
    public string? StoreName { get; init; }
}
