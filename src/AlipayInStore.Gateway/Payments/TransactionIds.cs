using System.Security.Cryptography;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Gateway ids: 32 digits, the business date first (as Alipay's transaction ids look), then random digits.</summary>
internal static class TransactionIds
{
    public static string NewAcquirementId(DateOnly day) => day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "11" + Digits(22);

    public static string NewRefundId(DateOnly day) => day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "12" + Digits(22);

    public static string Digits(int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }
        return new string(chars);
    }
}
