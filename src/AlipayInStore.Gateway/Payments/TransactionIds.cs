using System.Security.Cryptography;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Gateway ids: 32 digits, the business date first (as Alipay's transaction ids look), then random digits.</summary>
internal static class TransactionIds
{
    public static string NewAcquirementId(DateOnly day) => day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "11" + Digits(22);

    public static string NewRefundId(DateOnly day) => day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "12" + Digits(22);

    /// <summary>Uniformly random decimal digits from the system's secure generator, drawn in one call per 64 bytes.</summary>
    public static string Digits(int count)
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
