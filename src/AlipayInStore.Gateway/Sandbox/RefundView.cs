namespace AlipayInStore.Gateway.Sandbox;

/// <summary>A refund as the control API shows it.</summary>
internal sealed record RefundView(string RefundId, string MerchantRefundId, long Amount, string Currency, long FeeAmount, string Status, bool IsSync, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
