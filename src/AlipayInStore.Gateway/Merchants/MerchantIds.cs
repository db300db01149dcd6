using System.Security.Cryptography;
using AlipayInStore.Gateway.Hosting;

namespace AlipayInStore.Gateway.Merchants;

/// <summary>Fresh merchant ids in Alipay's shapes: Partner ID <c>2088</c> + 12 digits, a 16-character Client ID.</summary>
internal static class MerchantIds
{
    public static string NewPartnerId() => "2088" + RandomDigits.Of(12);

    public static string NewClientId()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }

    public static string NewSha256Key() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Letters and digits without look-alikes, so it can be typed from the console.</summary>
    public static string NewPassword(int length = 12)
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]));
    }

    /// <summary>The portal user name of a merchant's owner.</summary>
    public static string PortalUserName(string partnerId) => "owner@" + partnerId;
}
