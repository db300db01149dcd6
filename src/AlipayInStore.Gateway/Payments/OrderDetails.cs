using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Gateway.Payments;

/// <summary>An order as validated from the wire.</summary>
internal sealed record OrderDetails(
    string Title, string? Detail, Money Amount, string SecondaryMerchantId, string? SecondaryMerchantName,
    string? Industry, string StoreId, string? StoreName)
{
    public static OrderDetails From(Protocol.Wire.Order order)
    {
        Money.TryParse(order.OrderAmount, out var amount, out _);
        var seller = order.Seller!;
        return new OrderDetails(order.OrderTitle!, order.OrderDetail, amount, seller.SecondaryMerchantId!,
            seller.SecondaryMerchantName, seller.SecondaryMerchantIndustry, seller.StoreId!, seller.StoreName);
    }
}
