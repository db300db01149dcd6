using System.Text;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>
/// Remembers the last string decoded for each column: merchant names, store ids and currencies repeat on
/// almost every row, so comparing bytes is far cheaper than decoding and allocating a new string.
/// </summary>
internal sealed class Utf8StringCache
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[][] _bytes;
    private readonly string[] _strings;

    public Utf8StringCache(int columns)
    {
        _bytes = new byte[columns][];
        _strings = new string[columns];
        Array.Fill(_bytes, []);
        Array.Fill(_strings, "");
    }

    /// <summary>Decodes <paramref name="utf8"/>, reusing the column's previous string when the bytes are the same.</summary>
    /// <exception cref="DecoderFallbackException">The bytes are not valid UTF-8.</exception>
    public string Get(int column, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }
        if (utf8.SequenceEqual(_bytes[column]))
        {
            return _strings[column];
        }
        var text = StrictUtf8.GetString(utf8);
        _bytes[column] = utf8.ToArray();
        _strings[column] = text;
        return text;
    }

    /// <summary>Decodes <paramref name="utf8"/> without caching: for values unique to each row.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8) => utf8.IsEmpty ? "" : StrictUtf8.GetString(utf8);
}
