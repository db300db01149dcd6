namespace AlipayInStore.Gateway.Payments;

/// <summary>How a transaction came to be.</summary>
internal enum PaymentKind
{
    /// <summary>Merchant-scan: pay with a buyer's code (Order_scene paymentQrCode).</summary>
    BarCode = 0,
    /// <summary>Customer-scan: preCreate, the buyer scans (Order_scene transactionQrCode).</summary>
    QrCode = 1,
    /// <summary>A cancel that arrived before any pay: it blocks a later pay with the same merchantTransId.</summary>
    CancelledBeforeCreation = 2,
}
