using QRCoder;

namespace AlipayInStore.Client;

/// <summary>Renders a customer-scan order's URL as a QR code.</summary>
public static class QrCodeImage
{
    /// <summary>An SVG document of the QR code for <paramref name="text"/> (error correction M).</summary>
    /// <param name="text">The <c>orderQrCode</c> URL.</param>
    /// <param name="pixelsPerModule">Size of one module in SVG pixels.</param>
    public static string ToSvg(string text, int pixelsPerModule = 8)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(pixelsPerModule);
    }

    /// <summary>The QR code drawn with half-block characters, two modules per line, for a terminal.</summary>
    /// <param name="text">The <c>orderQrCode</c> URL.</param>
    public static string ToText(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var ascii = new AsciiQRCode(data);
        return ascii.GetGraphicSmall();
    }
}
