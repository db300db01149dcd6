using System.Text;

namespace AlipayInStore.Testing;

/// <summary>Seeded mutations of an envelope's bytes: the ways a wire, a proxy or an attacker damages a message.</summary>
internal static class EnvelopeMutator
{
    public static readonly string[] Kinds =
        ["bit-flip", "insert", "delete", "truncate", "duplicate-span", "invalid-utf8", "deep-nesting", "hostile-token", "structural"];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    private static readonly string[] HostileTokens =
    [
        "\\uD800", "\\uDC00", "\\uD800\\u0041", "\\x", "\\u12", "\\", "\"", "\\u0000", "1e999999", "-0.0e-99999",
        "123456789012345678901234567890123456789", "null", "true", "{}", "[]", "\u0000", "\t\r\n", "\"a\":1,", "NaN",
    ];

    private const string Structural = "{}[]\":,\\ 0";

    public static byte[] Mutate(byte[] seed, string kind, Random random)
    {
        var at = random.Next(seed.Length);
        return kind switch
        {
            "bit-flip" => FlipBits(seed, random),
            "insert" => Insert(seed, at, RandomBytes(random, random.Next(1, 9))),
            "delete" => Remove(seed, at, Math.Min(random.Next(1, 33), seed.Length - at)),
            "truncate" => seed[..at],
            "duplicate-span" => Insert(seed, random.Next(seed.Length), seed.AsSpan(at, Math.Min(random.Next(1, 65), seed.Length - at)).ToArray()),
            "invalid-utf8" => Insert(seed, at, InvalidUtf8[random.Next(InvalidUtf8.Length)]),
            "deep-nesting" => Insert(seed, at, Nesting(random)),
            "hostile-token" => Insert(seed, at, Encoding.UTF8.GetBytes(HostileTokens[random.Next(HostileTokens.Length)])),
            "structural" => Replace(seed, at, (byte)Structural[random.Next(Structural.Length)]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static byte[] FlipBits(byte[] seed, Random random)
    {
        var copy = (byte[])seed.Clone();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }
        return copy;
    }

    private static byte[] Nesting(Random random)
    {
        var depth = random.Next(20, 2000);
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var sb = new StringBuilder();
        sb.Insert(0, open, depth).Append('1').Insert(sb.Length, close, random.Next(2) == 0 ? depth : depth / 2);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Insert(byte[] seed, int at, byte[] piece) => [.. seed.AsSpan(0, at), .. piece, .. seed.AsSpan(at)];

    private static byte[] Remove(byte[] seed, int at, int count) => [.. seed.AsSpan(0, at), .. seed.AsSpan(at + count)];

    private static byte[] Replace(byte[] seed, int at, byte value)
    {
        var copy = (byte[])seed.Clone();
        copy[at] = value;
        return copy;
    }
}
