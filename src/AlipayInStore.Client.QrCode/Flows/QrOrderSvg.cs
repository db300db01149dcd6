namespace AlipayInStore.Client;

/// <summary>The QR code of a <see cref="QrOrder"/>, drawn by this package.</summary>
public static class QrOrderSvg
{
    extension(QrOrder order)
    {
        /// <summary>The QR code of <see cref="QrOrder.QrCodeUrl"/> as an SVG document.</summary>
        /// <exception cref="InvalidOperationException">The order was not created.</exception>
        public string Svg => QrCodeImage.ToSvg(order.QrCodeUrl ?? throw new InvalidOperationException($"The order was not created: {order.Result}."));
    }
}
