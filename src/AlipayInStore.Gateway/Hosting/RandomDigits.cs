using System.Security.Cryptography;

namespace AlipayInStore.Gateway.Hosting;

/// <summary>Random decimal digits for the gateway's ids and codes (transaction ids, partner ids, payment codes).</summary>
internal static class RandomDigits
{
    /// <summary>Uniformly random decimal digits from the system's secure generator, drawn in one call per 64 bytes.</summary>
    public static string Of(int count)
    {
        Span<char> chars = stackalloc char[count];
        Span<byte> random = stackalloc byte[64];
        var used = random.Length;
        for (var i = 0; i < count;)
        {
            if (used == random.Length)
            {
                RandomNumberGenerator.Fill(random);
                used = 0;
            }
            // 250 = 25 × 10: bytes from 250 up are dropped so that every digit is equally likely.
            if (random[used++] is var b && b < 250)
            {
                chars[i++] = (char)('0' + (b % 10));
            }
        }
        return new string(chars);
    }
}
