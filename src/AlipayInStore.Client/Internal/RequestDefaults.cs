using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client.Internal;

/// <summary>Fills what the options already know (partner id, direct-integration seller) and refuses requests without business ids.</summary>
internal static class RequestDefaults
{
    public static PayRequest Complete(PayRequest request, string? partnerId)
    {
        ArgumentNullException.ThrowIfNull(request);
        Require(request.MerchantTransId, "merchantTransId", "it is the idempotency key that makes retries safe");
        var partner = request.PartnerId ?? partnerId;
        return request with { PartnerId = partner, Order = CompleteOrder(request.Order, partner) };
    }

    public static PreCreateRequest Complete(PreCreateRequest request, string? partnerId)
    {
        ArgumentNullException.ThrowIfNull(request);
        Require(request.MerchantTransId, "merchantTransId", "it is the idempotency key that makes retries safe");
        var partner = request.PartnerId ?? partnerId;
        return request with { PartnerId = partner, Order = CompleteOrder(request.Order, partner) };
    }

    public static PayQueryRequest Complete(PayQueryRequest request, string? partnerId)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireOneId(request.AcquirementId, request.MerchantTransId);
        return request with { PartnerId = request.PartnerId ?? partnerId };
    }

    public static PayCancelRequest Complete(PayCancelRequest request, string? partnerId)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireOneId(request.AcquirementId, request.MerchantTransId);
        return request with { PartnerId = request.PartnerId ?? partnerId };
    }

    public static RefundRequest Complete(RefundRequest request, string? partnerId)
    {
        ArgumentNullException.ThrowIfNull(request);
        Require(request.MerchantRefundId, "merchantRefundId", "it is the idempotency key that makes retries safe");
        Require(request.AcquirementId, "acquirementId", "it names the paid transaction");
        return request with { PartnerId = request.PartnerId ?? partnerId };
    }

    private static Order? CompleteOrder(Order? order, string? partner)
    {
        if (order is null || partner is null)
        {
            return order;
        }
        var seller = order.Seller ?? new Seller();
        return order with
        {
            Seller = seller with
            {
                SecondaryMerchantId = seller.SecondaryMerchantId ?? partner,
                StoreId = seller.StoreId ?? partner,
            },
        };
    }

    private static void Require(string? value, string field, string why)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required: {why}.", field);
        }
    }

    private static void RequireOneId(string? acquirementId, string? merchantTransId)
    {
        if (string.IsNullOrWhiteSpace(acquirementId) && string.IsNullOrWhiteSpace(merchantTransId))
        {
            throw new ArgumentException("Give acquirementId or merchantTransId.", nameof(acquirementId));
        }
    }
}
