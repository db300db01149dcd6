using AlipayInStore.Gateway.Merchants;
using AlipayInStore.Protocol.Signing;

namespace AlipayInStore.Gateway.Notifications;

/// <summary>
/// The sign type notifications to a merchant are signed with: the merchant's setting (portal Settings, control API),
/// the same one its requests must use and its answers are signed with; not a guess from its traffic.
/// </summary>
internal static class MerchantSignType
{
    public static string Of(Merchant merchant) => merchant.SignType is SignTypes.Sha256 ? SignTypes.Sha256 : SignTypes.Rsa2;
}
