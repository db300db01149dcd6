using System.Security.Claims;

namespace AlipayInStore.Gateway.Accounts;

/// <summary>Names of the two cookie schemes and policies (merchant users, wallet buyers) and their claims.</summary>
internal static class PortalAuth
{
    public const string MerchantScheme = "PortalMerchant";
    public const string BuyerScheme = "WalletBuyer";
    public const string MerchantPolicy = "Merchant";
    public const string BuyerPolicy = "Buyer";
    public const string MerchantIdClaim = "merchant_id";
    public const string BuyerIdClaim = "buyer_id";

    public static long MerchantId(this ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(MerchantIdClaim) ?? throw new InvalidOperationException("Not a merchant user."), System.Globalization.CultureInfo.InvariantCulture);

    public static string BuyerId(this ClaimsPrincipal user) =>
        user.FindFirstValue(BuyerIdClaim) ?? throw new InvalidOperationException("Not a buyer.");
}
