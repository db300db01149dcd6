using ZXing;
using ZXing.Common;

namespace AlipayInStore.Gateway.Wallet;

/// <summary>Reads the QR code in an uploaded picture (decoded by <see cref="ImageLuminance"/>, read by ZXing.Net).</summary>
internal sealed class QrImageDecoder
{
    /// <summary>The text in the image's QR code, or the reason it could not be read.</summary>
    public (string? Text, string? Problem) Decode(ReadOnlySpan<byte> image)
    {
        if (ImageLuminance.TryRead(image) is not { } bitmap)
        {
            return (null, "That file is not a picture this wallet can read: upload a photo or screenshot of the QR code (JPEG, PNG, WebP, GIF or BMP)");
        }
        var source = new RGBLuminanceSource(bitmap.Luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = true,
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        var result = reader.Decode(source);
        return result is null ? (null, "No QR code was found in that image") : (result.Text, null);
    }
}
