namespace AlipayInStore.Gateway.Payments;

internal static class PaymentStatusNames
{
    public static string ToWire(this PaymentStatus status) => status switch
    {
        PaymentStatus.WaitBuyerPay => "WAIT_BUYER_PAY",
        PaymentStatus.Success => "SUCCESS",
        PaymentStatus.Closed => "CLOSED",
        PaymentStatus.Cancelled => "CANCELLED",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
