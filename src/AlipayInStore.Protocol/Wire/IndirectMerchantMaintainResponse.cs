namespace AlipayInStore.Protocol.Wire;

/// <summary>Response body of indirectMerchant.maintain.</summary>
public sealed record IndirectMerchantMaintainResponse
{
    /// <summary>The outcome.</summary>
    public ResultInfo? ResultInfo { get; init; }
    /// <summary>The registered secondary merchant id.</summary>
    public string? SellerId { get; init; }
    /// <summary>The registered store id.</summary>
    public string? StoreId { get; init; }
}
