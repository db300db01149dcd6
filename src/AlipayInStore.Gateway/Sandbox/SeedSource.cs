namespace AlipayInStore.Gateway.Sandbox;

/// <summary>The seed file the sandbox was started with (<c>sandbox --seed</c>), if any.</summary>
internal sealed class SeedSource(string? path)
{
    public string? Path { get; } = path;

    /// <exception cref="SeedFileException">The file breaks a rule (the message says the line, the field and the rule).</exception>
    public SeedDocument? Load() => Path is null ? null : SeedLoader.Load(Path);
}
