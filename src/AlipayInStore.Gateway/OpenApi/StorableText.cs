using System.Globalization;
using System.Text;

namespace AlipayInStore.Gateway.OpenApi;

/// <summary>Text any database stores: U+0000 and unpaired surrogates written as <c>\uXXXX</c>, cut to a length with a marker.</summary>
internal static class StorableText
{
    private const string Cut = "…[cut]";

    public static string? Of(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (c == '\0' || char.IsSurrogate(c))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }
        if (sb.Length > maxLength)
        {
            var keep = maxLength - Cut.Length;
            if (char.IsHighSurrogate(sb[keep - 1]))
            {
                keep--;
            }
            sb.Length = keep;
            sb.Append(Cut);
        }
        return sb.ToString();
    }
}
