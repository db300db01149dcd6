using Microsoft.Extensions.Options;

namespace AlipayInStore.Client;

/// <summary>
/// The startup check: runs <see cref="KeyDiagnostics"/> on a named merchant's options when they are first used
/// (or when the host starts, as <c>AddAlipayInStore</c> registers it with <c>ValidateOnStart</c>), so a wrong key
/// stops the application at start instead of at the first payment.
/// </summary>
internal sealed class AlipayInStoreOptionsValidator(string name) : IValidateOptions<AlipayInStoreOptions>
{
    public ValidateOptionsResult Validate(string? name1, AlipayInStoreOptions options)
    {
        if (!string.Equals(name1 ?? Options.DefaultName, name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }
        var report = KeyDiagnostics.Run(options);
        return report.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(report.Problems.Select(p => $"AlipayInStore '{(name.Length == 0 ? "default" : name)}' {p}"));
    }
}
