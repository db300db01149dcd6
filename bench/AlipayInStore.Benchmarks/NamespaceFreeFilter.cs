using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace AlipayInStore.Benchmarks;

/// <summary>
/// BenchmarkDotNet matches <c>--filter</c> globs against <c>Namespace.Type.Method</c>, case-insensitively, so
/// <c>*Pay*</c> matches every benchmark here through "AlipayInStore". This filter (ANDed with BenchmarkDotNet's)
/// matches a glob without a dot against <c>Type.Method</c> only; a glob with a dot keeps the full name.
/// </summary>
internal static class NamespaceFreeFilter
{
    public static IFilter From(string[] args)
    {
        var globs = args.SkipWhile(a => a is not ("--filter" or "-f")).Skip(1).TakeWhile(a => !a.StartsWith('-')).ToArray();
        var patterns = globs.Select(g => (Dotted: g.Contains('.', StringComparison.Ordinal), Regex: Glob(g))).ToArray();
        return new SimpleFilter(b => patterns.Length == 0 || patterns.Any(p => p.Regex.IsMatch(p.Dotted
            ? b.Descriptor.Type.FullName + "." + b.Descriptor.WorkloadMethod.Name
            : b.Descriptor.Type.Name + "." + b.Descriptor.WorkloadMethod.Name)));
    }

    private static System.Text.RegularExpressions.Regex Glob(string glob) =>
        new("^" + System.Text.RegularExpressions.Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
