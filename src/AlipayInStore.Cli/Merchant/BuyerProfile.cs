namespace AlipayInStore.Cli.Merchant;

/// <summary>A sandbox buyer in the CLI profile, with its reusable test code.</summary>
internal sealed record BuyerProfile
{
    public string? BuyerId { get; init; }
    public string? TestCode { get; init; }
}
