namespace AlipayInStore.Client;

/// <summary>The result of <see cref="AlipayInStoreClient.ValidateAsync"/>: every check, passed or not.</summary>
public sealed class KeyValidationReport
{
    internal KeyValidationReport(IReadOnlyList<KeyCheck> checks) => Checks = checks;

    /// <summary>Every check in the order it ran.</summary>
    public IReadOnlyList<KeyCheck> Checks { get; }

    /// <summary>True when every check passed.</summary>
    public bool IsValid => Checks.All(c => c.Passed);

    /// <summary>The messages of the failed checks.</summary>
    public IEnumerable<string> Problems => Checks.Where(c => !c.Passed).Select(c => $"{c.Name}: {c.Message}");

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(Environment.NewLine, Checks.Select(c => $"[{(c.Passed ? "ok" : "FAIL")}] {c.Name}: {c.Message}"));
}
