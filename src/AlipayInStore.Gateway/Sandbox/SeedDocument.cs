namespace AlipayInStore.Gateway.Sandbox;

/// <summary>A seed file (docs/sandbox.md): the merchants and buyers a sandbox starts with and resets to.</summary>
internal sealed record SeedDocument
{
    public List<SeedMerchant>? Merchants { get; init; }
    public List<BuyerSpec>? Buyers { get; init; }
}
