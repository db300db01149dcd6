using System.Globalization;
using System.Text.RegularExpressions;

namespace AlipayInStore.Protocol.Validation;

/// <summary>RFC 3339 date-times with an offset, as the wire carries them.</summary>
public static partial class Rfc3339
{
    /// <summary>Parses <c>2026-11-27T10:15:00+08:00</c> (fractional seconds and <c>Z</c> allowed; an offset is required).</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && Pattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Formats with whole seconds and the value's own offset: <c>2026-11-27T10:15:00+08:00</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Formats <paramref name="value"/> seen at <paramref name="offset"/>.</summary>
    public static string Format(DateTimeOffset value, TimeSpan offset) => Format(value.ToOffset(offset));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
