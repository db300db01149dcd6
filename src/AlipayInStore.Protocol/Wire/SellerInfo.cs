namespace AlipayInStore.Protocol.Wire;

/// <summary>A secondary merchant as an acquirer registers it (indirectMerchant.maintain).</summary>
public sealed record SellerInfo
{
    /// <summary>The acquirer's id of the secondary merchant: at most 32 letters, digits and underscores.</summary>
    public string? SellerId { get; init; }
    /// <summary>The secondary merchant's name (at most 256), shown in reconciliation files.</summary>
    public string? SellerName { get; init; }
    /// <summary>The secondary merchant's merchant category code, 4 digits.</summary>
    public string? SellerMcc { get; init; }
}
