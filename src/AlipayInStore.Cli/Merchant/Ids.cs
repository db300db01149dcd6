namespace AlipayInStore.Cli.Merchant;

/// <summary>Business ids the CLI makes up when none is given: time-ordered and unique.</summary>
internal static class Ids
{
    public static string New(string prefix) => prefix + Guid.CreateVersion7(TimeProvider.System.GetUtcNow()).ToString("N")[..24];
}
