using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Tests.Support;

internal static class TestRequests
{
    public static PayRequest Pay(string merchantTransId = "T20261127-0001", string value = "1250") => new()
    {
        MerchantTransId = merchantTransId,
        IdentityCode = "281234567890123456",
        Order = new Order
        {
            OrderTitle = "Coffee",
            OrderAmount = new Amount { Currency = "USD", Value = value },
        },
    };

    public static PreCreateRequest PreCreate(string merchantTransId, string? expiryTime = null) => new()
    {
        MerchantTransId = merchantTransId,
        ExpiryTime = expiryTime,
        Order = new Order
        {
            OrderTitle = "Tea",
            OrderAmount = new Amount { Currency = "USD", Value = "450" },
        },
    };
}
