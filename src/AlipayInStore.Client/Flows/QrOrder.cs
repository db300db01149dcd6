using AlipayInStore.Protocol.Wire;

namespace AlipayInStore.Client;

/// <summary>A customer-scan order created by preCreate: the URL to show as a QR code and the ids to follow it.</summary>
public sealed class QrOrder
{
    internal QrOrder(AlipayResult<PreCreateResponse> result, string merchantTransId, DateTimeOffset expiresAt)
    {
        Result = result;
        MerchantTransId = merchantTransId;
        ExpiresAt = expiresAt;
    }

    /// <summary>The verified preCreate answer.</summary>
    public AlipayResult<PreCreateResponse> Result { get; }

    /// <summary>True when the order was created and <see cref="QrCodeUrl"/> can be shown.</summary>
    public bool IsCreated => Result.IsSuccess && !string.IsNullOrEmpty(Result.Body.OrderQrCode);

    /// <summary>The merchant's transaction id.</summary>
    public string MerchantTransId { get; }

    /// <summary>The gateway's transaction id.</summary>
    public string? AcquirementId => Result.Body.AcquirementId;

    /// <summary>The URL the buyer scans (<c>orderQrCode</c>); draw it with any QR encoder, or with the AlipayInStore.Client.QrCode package (<c>order.Svg</c>).</summary>
    public string? QrCodeUrl => Result.Body.OrderQrCode;

    /// <summary>When the order expires; the wait cancels it then.</summary>
    public DateTimeOffset ExpiresAt { get; }
}
