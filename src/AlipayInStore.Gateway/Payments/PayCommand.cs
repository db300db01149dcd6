namespace AlipayInStore.Gateway.Payments;

/// <summary>A validated merchant-scan pay: every field the engine needs, none missing (built in OpenApi/ from the wire request).</summary>
internal sealed record PayCommand(string MerchantTransId, string IdentityCode, OrderDetails Order, string? NotifyUrl);
