namespace AlipayInStore.Protocol.Wire;

/// <summary>A store of a secondary merchant (offline payments).</summary>
public sealed record StoreInfo
{
    /// <summary>Store id: at most 32 characters, unique per acquirer and secondary merchant.</summary>
    public string? StoreId { get; init; }
    /// <summary>Store name (at most 256).</summary>
    public string? StoreName { get; init; }
    /// <summary>Store address (at most 256).</summary>
    public string? StoreAddress { get; init; }
}
