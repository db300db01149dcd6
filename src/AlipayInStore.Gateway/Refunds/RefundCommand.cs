using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Gateway.Refunds;

/// <summary>A validated refund, its amount already parsed.</summary>
internal sealed record RefundCommand(string AcquirementId, string MerchantRefundId, Money Amount, string? Reason, bool IsSync, string? NotifyUrl);
