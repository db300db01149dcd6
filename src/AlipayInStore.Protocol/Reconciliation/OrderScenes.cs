namespace AlipayInStore.Protocol.Reconciliation;

/// <summary>The <c>Order_scene</c> values of a reconciliation row.</summary>
public static class OrderScenes
{
    /// <summary>A merchant-scan pay: the merchant scanned the buyer's payment code.</summary>
    public const string PaymentQrCode = "paymentQrCode";

    /// <summary>A customer-scan order (preCreate): the buyer scanned the merchant's QR code.</summary>
    public const string TransactionQrCode = "transactionQrCode";
}
