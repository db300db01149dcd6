namespace AlipayInStore.Cli.Merchant;

/// <summary>The control API's answer to <c>POST /sandbox/buyers/{buyerId}/codes</c>.</summary>
internal sealed record WalletCode
{
    public string? Code { get; init; }
    public string? ExpiresAt { get; init; }
    public string? Error { get; init; }
}
