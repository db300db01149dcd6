namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of indirectMerchant.maintain: an acquirer registers (ADD) or changes (MODIFY) a secondary merchant and store.</summary>
public sealed record IndirectMerchantMaintainRequest
{
    /// <summary>The acquirer's Partner ID.</summary>
    public string? MerchantId { get; init; }
    /// <summary><c>ADD</c> or <c>MODIFY</c>.</summary>
    public string? OperationType { get; init; }
    /// <summary>The secondary merchant.</summary>
    public SellerInfo? SellerInfo { get; init; }
    /// <summary>Its store (offline payments).</summary>
    public StoreInfo? StoreInfo { get; init; }
    /// <summary>Notify URL (at most 1024).</summary>
    public string? NotifyUrl { get; init; }
    /// <summary>Reserved (at most 2048).</summary>
    public string? ExtendInfo { get; init; }
}
