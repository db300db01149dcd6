using AlipayInStore.Gateway.Reconciliation;
using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Gateway.Tests.Reconciliation;

/// <summary>The four rows of the shared vector file, as the gateway would hand them to the writer.</summary>
internal static class VectorRows
{
    public const string PartnerId = "2088101122136241";

    public static TransactionRecord[] All() =>
    [
        // Deliberately out of order: the writer sorts.
        Row("R20261126-0001", "20261126111212800100166000000003", 200, 2, "15:30:00", TransactionType.Refund, "paymentQrCode", "cold coffee"),
        Row("T20261126-0003", "20261126111212800100166000000004", 1000, 10, "18:41:10", TransactionType.Cancel, "paymentQrCode"),
        Row("T20261126-0001", "20261126111212800100166000000001", 1250, 12, "09:14:03", TransactionType.Payment, "paymentQrCode"),
        Row("T20261126-0002", "20261126111212800100166000000002", 480, 5, "11:02:45", TransactionType.Payment, "transactionQrCode"),
    ];

    public static TransactionRecord Row(
        string partnerTransactionId, string transactionId, long amount, long fee, string time, TransactionType type, string scene, string remark = "") =>
        new()
        {
            PartnerTransactionId = partnerTransactionId,
            TransactionId = transactionId,
            Amount = amount,
            Fee = fee,
            Currency = "USD",
            // Stored as UTC instants, as a ledger would: 09:14:03 GMT+8 is 01:14:03 UTC.
            PaymentTime = DateTimeOffset.Parse($"2026-11-26T{time}+08:00", System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime(),
            Type = type,
            SecondaryMerchantId = PartnerId,
            StoreId = PartnerId,
            Remark = remark,
            SecondaryMerchantIndustry = "5812",
            SecondaryMerchantName = "Blue Door Cafe",
            OperatorName = "Blue Door Cafe Main St",
            OrderScene = scene,
            TransCurrency = "USD",
            TransAmount = amount,
        };
}
