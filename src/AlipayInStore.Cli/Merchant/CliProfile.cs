namespace AlipayInStore.Cli.Merchant;

/// <summary>The CLI profile the <c>sandbox</c> command writes (docs/sandbox.md).</summary>
internal sealed record CliProfile
{
    public string? GatewayUrl { get; init; }
    public string? ClientId { get; init; }
    public string? PartnerId { get; init; }
    public string? SignType { get; init; }
    public string? MerchantPrivateKeyFile { get; init; }
    public string? GatewayPublicKeyFile { get; init; }
    public string? Sha256Key { get; init; }
    public string? SandboxToken { get; init; }
    public IReadOnlyList<BuyerProfile>? Buyers { get; init; }

    /// <summary>Writes the profile readable by its owner only (it names key files and holds the control token).</summary>
    public void Save(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, System.Text.Json.JsonSerializer.Serialize(this, CliJsonContext.Default.CliProfile));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temp, path, overwrite: true);
    }
}
