using System.Buffers.Binary;
using System.Text;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>
/// A small pool of decoded strings per column: merchant names, store ids, scenes and currencies repeat on almost
/// every row, so comparing bytes with a pooled value is far cheaper than decoding and allocating a new string.
/// A column whose values rarely repeat stops being pooled after a probe window, so it costs no more than decoding.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int Slots = 256;
    private const int ProbeWindow = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Entry[][] _tables;
    private readonly int[] _lookups;
    private readonly int[] _misses;
    private readonly bool[] _unpooled;

    public Utf8StringCache(int columns)
    {
        _tables = new Entry[columns][];
        for (var i = 0; i < columns; i++)
        {
            _tables[i] = new Entry[Slots];
        }
        _lookups = new int[columns];
        _misses = new int[columns];
        _unpooled = new bool[columns];
    }

    /// <summary>Decodes <paramref name="utf8"/>, returning the pooled string when the column saw the same bytes before.</summary>
    /// <exception cref="DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    public string Get(int column, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }
        if (_unpooled[column])
        {
            return StrictUtf8.GetString(utf8);
        }
        ref var entry = ref _tables[column][Hash(utf8) & (Slots - 1)];
        if (entry.Bytes is { } bytes && utf8.SequenceEqual(bytes))
        {
            Count(column, miss: false);
            return entry.Value!;
        }
        var text = StrictUtf8.GetString(utf8);
        entry = new Entry(utf8.ToArray(), text);
        Count(column, miss: true);
        return text;
    }

    /// <summary>Decodes <paramref name="utf8"/> without pooling: for values unique to each row.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8) => utf8.IsEmpty ? "" : StrictUtf8.GetString(utf8);

    private void Count(int column, bool miss)
    {
        if (miss)
        {
            _misses[column]++;
        }
        if (++_lookups[column] == ProbeWindow)
        {
            _unpooled[column] = _misses[column] * 2 > ProbeWindow;
            _lookups[column] = 0;
            _misses[column] = 0;
        }
    }

    /// <summary>Length, first and last 8 bytes: cheap, and enough to spread store ids and names over the slots.</summary>
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= 8)
        {
            var first = BinaryPrimitives.ReadUInt64LittleEndian(utf8);
            var last = BinaryPrimitives.ReadUInt64LittleEndian(utf8[^8..]);
            // Multiply, then fold the high bits down: the bytes that differ are often the last ones (high bits).
            var mixed = (first * 0x9E3779B97F4A7C15UL) + last + (ulong)utf8.Length;
            mixed ^= mixed >> 32;
            mixed *= 0xC2B2AE3D27D4EB4FUL;
            mixed ^= mixed >> 29;
            return (int)mixed;
        }
        var hash = 2166136261u;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619u;
        }
        return (int)(hash ^ (hash >> 15));
    }

    private readonly record struct Entry(byte[]? Bytes, string? Value);
}
