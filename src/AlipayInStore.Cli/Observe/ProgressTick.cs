namespace AlipayInStore.Cli.Observe;

/// <summary>Where long work reports how far it is; a no-op when progress is not shown.</summary>
internal class ProgressTick
{
    public static readonly ProgressTick None = new();

    /// <summary><paramref name="fraction"/> of the work is done (0..1); <paramref name="description"/> replaces the line's text when given.</summary>
    public virtual void Set(double fraction, string? description = null)
    {
    }
}
