using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>One money movement as the merchant's own books record it.</summary>
/// <param name="PartnerTransactionId">The merchant's id: the payment request id, or the merchant refund id for a refund.</param>
/// <param name="Type">Payment, refund or cancel.</param>
/// <param name="Currency">ISO 4217 code of the order currency.</param>
/// <param name="Amount">The order amount in minor units of <paramref name="Currency"/> (cents for USD).</param>
public readonly record struct MerchantRecord(string PartnerTransactionId, TransactionType Type, string Currency, long Amount);
