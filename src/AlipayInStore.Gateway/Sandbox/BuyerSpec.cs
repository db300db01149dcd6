namespace AlipayInStore.Gateway.Sandbox;

/// <summary>A sandbox buyer to create (control API body, seed file entry); a null code or password is issued.</summary>
internal sealed record BuyerSpec
{
    public string? BuyerId { get; init; }
    public string? Name { get; init; }

    /// <summary>Opening balance in minor units of <see cref="Currency"/>.</summary>
    public long? Balance { get; init; }
    public string? Currency { get; init; }

    /// <summary>The reusable test code: <c>28</c> + 16 digits.</summary>
    public string? TestCode { get; init; }

    /// <summary>The wallet (and payment) password: six digits.</summary>
    public string? WalletPassword { get; init; }
}
