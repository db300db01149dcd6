using System.Globalization;
using System.Text;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>Parses the optional first line <c>Partner:&lt;id&gt;|Payment_time:&lt;yyyy-MM-dd&gt;|Total_count:&lt;n&gt;</c>.</summary>
internal static class PreambleParser
{
    public static bool LooksLikePreamble(ReadOnlySpan<byte> line) => line.StartsWith("Partner:"u8);

    public static ReconciliationPreamble Parse(ReadOnlySpan<byte> line, long lineNumber)
    {
        var text = Encoding.UTF8.GetString(line).TrimEnd('|');
        var parts = text.Split('|');
        if (parts.Length != 3)
        {
            throw Invalid(lineNumber, "must have three parts separated by '|'");
        }
        var partner = Value(parts[0], "Partner:", lineNumber);
        var dateText = Value(parts[1], "Payment_time:", lineNumber);
        var countText = Value(parts[2], "Total_count:", lineNumber);
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Invalid(lineNumber, $"Payment_time '{dateText}' must be a date written yyyy-MM-dd");
        }
        if (!long.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw Invalid(lineNumber, $"Total_count '{countText}' must be a whole number");
        }
        return new ReconciliationPreamble(partner, date, count);
    }

    private static string Value(string part, string prefix, long lineNumber)
    {
        if (!part.StartsWith(prefix, StringComparison.Ordinal) || part.Length == prefix.Length)
        {
            throw Invalid(lineNumber, $"expected '{prefix}<value>' but found '{part}'");
        }
        return part[prefix.Length..];
    }

    private static ReconciliationFormatException Invalid(long lineNumber, string reason) =>
        new(lineNumber, "the first line Partner:<id>|Payment_time:<yyyy-MM-dd>|Total_count:<n> " + reason);
}
