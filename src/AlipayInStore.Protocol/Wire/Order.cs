namespace AlipayInStore.Protocol.Wire;

/// <summary>The order being paid.</summary>
public sealed record Order
{
    /// <summary>Title shown to the buyer (at most 256).</summary>
    public string? OrderTitle { get; init; }
    /// <summary>Amount to charge, in the order currency.</summary>
    public Amount? OrderAmount { get; init; }
    /// <summary>Optional detail (at most 1024).</summary>
    public string? OrderDetail { get; init; }
    /// <summary>The seller.</summary>
    public Seller? Seller { get; init; }
}
