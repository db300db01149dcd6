using AlipayInStore.Protocol.Reconciliation;

namespace AlipayInStore.Client.Reconciliation;

/// <summary>One disagreement between the reconciliation file and the merchant's records.</summary>
/// <param name="Kind">What kind of disagreement.</param>
/// <param name="PartnerTransactionId">The merchant's id both sides are keyed on.</param>
/// <param name="FileRecord">The file's row; <see langword="null"/> for <see cref="DiscrepancyKind.MissingAtAlipay"/>.</param>
/// <param name="MerchantRecord">The merchant's record; <see langword="null"/> for <see cref="DiscrepancyKind.UnknownToMerchant"/>.</param>
public sealed record Discrepancy(DiscrepancyKind Kind, string PartnerTransactionId, TransactionRecord? FileRecord, MerchantRecord? MerchantRecord);
