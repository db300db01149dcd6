namespace AlipayInStore.Protocol.Wire;

/// <summary>The <c>head.function</c> names of the API and the paths that serve them.</summary>
public static class ApiFunctions
{
    /// <summary>The only protocol version spoken: <c>2.0.2</c>.</summary>
    public const string Version = "2.0.2";

    /// <summary>Merchant-scan payment.</summary>
    public const string Pay = "alipay.intl.acquiring.offline.pay";
    /// <summary>Customer-scan order creation.</summary>
    public const string PreCreate = "alipay.intl.acquiring.offline.preCreate";
    /// <summary>Transaction status query.</summary>
    public const string PayQuery = "alipay.intl.acquiring.offline.payQuery";
    /// <summary>Cancel (reverse) a transaction of the current business day.</summary>
    public const string PayCancel = "alipay.intl.acquiring.common.payCancel";
    /// <summary>Refund all or part of a paid transaction.</summary>
    public const string Refund = "alipay.intl.acquiring.common.refund";
    /// <summary>Notification of a payment's final state (gateway to merchant).</summary>
    public const string NotifyPay = "alipay.intl.acquiring.offline.notify.pay";
    /// <summary>Notification of an asynchronous refund's success (gateway to merchant).</summary>
    public const string NotifyRefund = "alipay.intl.acquiring.common.notify.refund";

    /// <summary>An acquirer registers or changes a secondary merchant and store (indirect mode).</summary>
    public const string IndirectMerchantMaintain = "alipay.intl.merchant.common.indirectMerchant.maintain";
    /// <summary>An acquirer queries a secondary merchant's registration (indirect mode).</summary>
    public const string IndirectMerchantQuery = "alipay.intl.merchant.common.indirectMerchant.query";

    /// <summary>
    /// Path of each request function, relative to the gateway host, exactly as Alipay's 2.0.2 pages write it (all lower
    /// case: <c>payquery.htm</c>, <c>paycancel.htm</c>). The SDK sends these; the gateway serves them and, because its
    /// routes ignore letter case, also the camel-case spellings (<c>payQuery.htm</c>) an earlier contract used.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Paths { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Pay] = "/api/alipay/intl/acquiring/offline/pay.htm",
        [PreCreate] = "/api/alipay/intl/acquiring/offline/precreate.htm",
        [PayQuery] = "/api/alipay/intl/acquiring/offline/payquery.htm",
        [PayCancel] = "/api/alipay/intl/acquiring/common/paycancel.htm",
        [Refund] = "/api/alipay/intl/acquiring/common/grefund.htm",
        [IndirectMerchantMaintain] = "/api/alipay/intl/merchant/common/indirectMerchant/maintain.htm",
        [IndirectMerchantQuery] = "/api/alipay/intl/merchant/common/indirectMerchant/query.htm",
    };

    /// <summary>The path that serves <paramref name="function"/>.</summary>
    /// <exception cref="ArgumentException">The function is not one of the five request functions.</exception>
    public static string PathOf(string function) =>
        Paths.TryGetValue(function, out var path) ? path : throw new ArgumentException($"Unknown function '{function}'.", nameof(function));
}
