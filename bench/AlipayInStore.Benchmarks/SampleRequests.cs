using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Benchmarks;

internal static class SampleRequests
{
    public static readonly RequestHead Head = new()
    {
        Version = "2.0.2", Function = ApiFunctions.Pay, ClientId = "5J5XHX2YKW9VW8A8",
        ReqTime = "2026-11-27T10:15:00+08:00", ReqMsgId = "msg-20261127-0001", Reserve = "{}", SignType = "RSA2",
    };

    public static readonly PayRequest Body = new()
    {
        PartnerId = "2088101122136241", MerchantTransId = "T20261127-0001", IdentityCode = "286512345678901234",
        Order = new Order
        {
            OrderTitle = "Coffee", OrderAmount = new Amount { Currency = "USD", Value = "1250" },
            Seller = new Seller { SecondaryMerchantId = "2088101122136241", StoreId = "2088101122136241" },
        },
    };

    public const string PayContent =
        "{\"head\":{\"version\":\"2.0.2\",\"function\":\"alipay.intl.acquiring.offline.pay\",\"clientId\":\"5J5XHX2YKW9VW8A8\"," +
        "\"reqTime\":\"2026-11-27T10:15:00+08:00\",\"reqMsgId\":\"msg-20261127-0001\",\"reserve\":\"{}\",\"signType\":\"RSA2\"}," +
        "\"body\":{\"partnerId\":\"2088101122136241\",\"productCode\":\"OFFLINE_PAY\",\"merchantTransId\":\"T20261127-0001\"," +
        "\"codeType\":\"BARCODE\",\"identityCode\":\"286512345678901234\",\"order\":{\"orderTitle\":\"Coffee\"," +
        "\"orderAmount\":{\"currency\":\"USD\",\"value\":\"1250\"},\"seller\":{\"secondaryMerchantId\":\"2088101122136241\"," +
        "\"storeId\":\"2088101122136241\"}}}}";

    public static readonly string PayEnvelope = "{\"request\":" + PayContent + ",\"signature\":\"" + new string('A', 342) + "==\"}";
}
