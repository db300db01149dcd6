using System.Numerics;
using System.Runtime.Intrinsics;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>Finds the <c>|</c> separators of a line in one vectorized pass, 32 bytes at a time.</summary>
internal static class FieldSplitter
{
    /// <summary>
    /// Fills <paramref name="fields"/> with the ranges between separators and returns how many fields the line has,
    /// or <c>fields.Length + 1</c> when it has more than <paramref name="fields"/> can hold.
    /// </summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var bar = Vector256.Create((byte)'|');
            for (; i + Vector256<byte>.Count <= line.Length; i += Vector256<byte>.Count)
            {
                var mask = Vector256.Equals(Vector256.Create(line.Slice(i, Vector256<byte>.Count)), bar).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(mask);
                    if (count == fields.Length)
                    {
                        return count + 1;
                    }
                    fields[count++] = start..at;
                    start = at + 1;
                    mask &= mask - 1;
                }
            }
        }
        for (; i < line.Length; i++)
        {
            if (line[i] == (byte)'|')
            {
                if (count == fields.Length)
                {
                    return count + 1;
                }
                fields[count++] = start..i;
                start = i + 1;
            }
        }
        if (count == fields.Length)
        {
            return count + 1;
        }
        fields[count++] = start..line.Length;
        return count;
    }
}
