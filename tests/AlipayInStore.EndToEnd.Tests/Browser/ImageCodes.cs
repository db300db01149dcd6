using AlipayInStore.Gateway.Wallet;
using ZXing;
using ZXing.Common;

namespace AlipayInStore.EndToEnd.Tests.Browser;

/// <summary>Reads codes from screenshots of the wallet, as a cashier's scanner would.</summary>
internal static class ImageCodes
{
    public static string? Read(byte[] png, BarcodeFormat format)
    {
        var bitmap = ImageLuminance.TryRead(png) ?? throw new InvalidOperationException("The screenshot is not a readable image.");
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [format], TryHarder = true } };
        return reader.Decode(new RGBLuminanceSource(bitmap.Luminance, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.Gray8))?.Text;
    }
}
