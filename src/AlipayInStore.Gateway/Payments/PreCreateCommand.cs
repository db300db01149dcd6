namespace AlipayInStore.Gateway.Payments;

/// <summary>A validated customer-scan order; <paramref name="ExpiryTime"/> is the merchant's asked expiry, when given.</summary>
internal sealed record PreCreateCommand(string MerchantTransId, OrderDetails Order, string? NotifyUrl, DateTimeOffset? ExpiryTime);
