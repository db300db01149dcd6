using System.Buffers.Text;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>Parsers for the fixed-format fields of a row, straight from UTF-8 bytes.</summary>
internal static class Utf8Fields
{
    /// <summary>Decimal text with exactly <paramref name="exponent"/> fraction digits (<c>10.00</c>), no sign.</summary>
    public static bool TryParseAmount(ReadOnlySpan<byte> text, int exponent, out long minorUnits)
    {
        minorUnits = 0;
        var wholeLength = exponent == 0 ? text.Length : text.Length - exponent - 1;
        if (wholeLength < 1 || wholeLength > 16 || (exponent > 0 && text[wholeLength] != (byte)'.'))
        {
            return false;
        }
        if (wholeLength > 1 && text[0] == (byte)'0')
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (i == wholeLength)
            {
                continue;
            }
            var digit = text[i] - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }
            minorUnits = (minorUnits * 10) + digit;
        }
        return true;
    }

    /// <summary><c>yyyy-MM-dd HH:mm:ss</c>, checked for a real calendar date and time.</summary>
    public static bool TryParseTime(ReadOnlySpan<byte> text, out DateTime time)
    {
        time = default;
        if (text.Length != 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':')
        {
            return false;
        }
        if (!TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..10], out var day)
            || !TryDigits(text[11..13], out var hour) || !TryDigits(text[14..16], out var minute) || !TryDigits(text[17..], out var second))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        time = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>A positive decimal rate such as <c>1</c> or <c>7.123456</c>: digits and at most one point.</summary>
    public static bool TryParseRate(ReadOnlySpan<byte> text, out decimal rate)
    {
        rate = 0;
        if (text.IsEmpty || (uint)(text[0] - '0') > 9 || (uint)(text[^1] - '0') > 9)
        {
            return false;
        }
        if (text.Length == 1)
        {
            rate = text[0] - '0';
            return true;
        }
        return Utf8Parser.TryParse(text, out rate, out var consumed) && consumed == text.Length && !text.Contains((byte)'e') && !text.Contains((byte)'E');
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }
            value = (value * 10) + digit;
        }
        return true;
    }
}
