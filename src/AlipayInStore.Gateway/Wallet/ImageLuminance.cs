using SkiaSharp;

namespace AlipayInStore.Gateway.Wallet;

/// <summary>
/// Decodes an uploaded picture (PNG, JPEG, WebP, GIF or BMP, as phones and screenshots make them) with SkiaSharp into
/// 8-bit luminance, what a barcode reader needs. A large photo is scaled down first: a QR code on a till's screen stays
/// readable, and a 12-megapixel photo is not scanned pixel by pixel. Transparent pixels read as white. A picture
/// claiming more than <see cref="MaxPixels"/> is refused unread.
/// </summary>
internal static class ImageLuminance
{
    /// <summary>The longest side the reader sees.</summary>
    public const int MaxSide = 1600;

    /// <summary>Pictures over this many pixels are refused before decoding (a small file can claim a huge image).</summary>
    public const long MaxPixels = 64_000_000;

    public static (byte[] Luminance, int Width, int Height)? TryRead(ReadOnlySpan<byte> image)
    {
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels)
        {
            return null;
        }
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(info.Width, info.Height));
        // Decoding at a reduced size where the format allows it (JPEG) saves most of the work on big photos.
        var size = codec.GetScaledDimensions((float)scale);
        using var decoded = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }
        var target = new SKImageInfo((int)Math.Max(1, info.Width * scale), (int)Math.Max(1, info.Height * scale), SKColorType.Rgba8888, SKAlphaType.Unpremul);
        if (target.Width == decoded.Width && target.Height == decoded.Height)
        {
            return (Gray(decoded), decoded.Width, decoded.Height);
        }
        using var resized = decoded.Resize(target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return resized is null ? null : (Gray(resized), resized.Width, resized.Height);
    }

    private static byte[] Gray(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var luminance = new byte[bitmap.Width * bitmap.Height];
        for (var i = 0; i < luminance.Length; i++)
        {
            var p = pixels.Slice(i * 4, 4);
            var alpha = p[3];
            // ITU-R BT.601 weights in fixed point, composited over white.
            var y = (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
            luminance[i] = (byte)((y * alpha + 255 * (255 - alpha)) / 255);
        }
        return luminance;
    }
}
