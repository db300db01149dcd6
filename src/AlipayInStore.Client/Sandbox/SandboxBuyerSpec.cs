namespace AlipayInStore.Client.Sandbox;

/// <summary>A buyer to create (<c>POST /sandbox/buyers</c>); null members take the sandbox's defaults.</summary>
public sealed record SandboxBuyerSpec
{
    /// <summary>The buyer's login name, e.g. <c>carol</c>.</summary>
    public required string BuyerId { get; init; }

    /// <summary>The name the wallet shows.</summary>
    public string? Name { get; init; }

    /// <summary>The opening balance in minor units of <see cref="Currency"/>.</summary>
    public long? Balance { get; init; }

    /// <summary>The wallet's ISO 4217 currency (USD when absent).</summary>
    public string? Currency { get; init; }

    /// <summary>A fixed reusable test code (18 digits starting 28); generated when absent.</summary>
    public string? TestCode { get; init; }

    /// <summary>A fixed wallet password; generated when absent.</summary>
    public string? WalletPassword { get; init; }
}
