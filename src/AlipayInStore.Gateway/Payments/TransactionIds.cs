using AlipayInStore.Gateway.Hosting;

namespace AlipayInStore.Gateway.Payments;

/// <summary>Gateway ids: 32 digits, the business date first (as Alipay's transaction ids look), then random digits.</summary>
internal static class TransactionIds
{
    public static string NewAcquirementId(DateOnly day) => day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "11" + RandomDigits.Of(22);

    public static string NewRefundId(DateOnly day) => day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "12" + RandomDigits.Of(22);
}
