using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Payments;

internal static class PaymentStatusNames
{
    public static string ToWire(this PaymentStatus status) => status switch
    {
        PaymentStatus.WaitBuyerPay => AcquirementStatuses.WaitBuyerPay,
        PaymentStatus.Success => AcquirementStatuses.Success,
        PaymentStatus.Closed => AcquirementStatuses.Closed,
        PaymentStatus.Cancelled => AcquirementStatuses.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
