using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Gateway.Refunds;

/// <summary>A refund's status as the wire writes it (<see cref="RefundStatuses"/>).</summary>
internal static class RefundStatusNames
{
    public static string ToWire(this RefundStatus status) => status switch
    {
        RefundStatus.Processing => RefundStatuses.Processing,
        RefundStatus.Success => RefundStatuses.Success,
        RefundStatus.Fail => RefundStatuses.Fail,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
