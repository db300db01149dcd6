using System.Text.Json.Serialization;
using AlipayInStore.Protocol.Json;

namespace AlipayInStore.Protocol.Wire;

/// <summary>Body of <c>alipay.intl.acquiring.common.refund</c>.</summary>
public sealed record RefundRequest
{
    /// <summary>Partner ID.</summary>
    public string? PartnerId { get; init; }
    /// <summary>The gateway's id of the paid transaction.</summary>
    public string? AcquirementId { get; init; }
    /// <summary>The merchant's refund id, unique per partner (at most 64).</summary>
    public string? MerchantRefundId { get; init; }
    /// <summary>Amount to refund, in the order currency.</summary>
    public Amount? RefundAmount { get; init; }
    /// <summary>Optional reason (at most 256).</summary>
    public string? RefundReason { get; init; }
    /// <summary><c>true</c>: the response holds the final result. Accepts a JSON boolean or the strings "true"/"false".</summary>
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool? IsSync { get; init; }
    /// <summary>Where to send the refund notification (at most 1024).</summary>
    public string? NotifyUrl { get; init; }
    /// <summary>A JSON object as a string (at most 2048).</summary>
    public string? ExtendInfo { get; init; }
}
