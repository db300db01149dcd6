namespace AlipayInStore.Gateway.OpenApi.Functions;

/// <summary>The transaction ids a request names, noted on its exchange (the portal's inspector and the kit find it by them).</summary>
internal readonly record struct RequestIds(string? MerchantTransId = null, string? AcquirementId = null, string? MerchantRefundId = null);
