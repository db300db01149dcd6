using AlipayInStore.Gateway.Wallet;
using QRCoder;
using SkiaSharp;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>Reading an uploaded picture of a QR code on the server: screenshots (PNG) and phone photos (JPEG, WebP).</summary>
public sealed class QrImageDecoderTests
{
    private const string Url = "http://127.0.0.1:8080/qr/20261127111234567890123456789012";

    [Fact]
    public void Decode_QrCoderPng_ReadsUrl()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5, [20, 40, 160, 255], [250, 250, 240, 255]);

        var (text, problem) = new QrImageDecoder().Decode(png);

        Assert.Null(problem);
        Assert.Equal(Url, text);
    }

    [Fact]
    public void Decode_NotAPng_SaysSoInPlainWords()
    {
        var (text, problem) = new QrImageDecoder().Decode("GIF89a not really"u8);

        Assert.Null(text);
        Assert.Contains("not a picture this wallet can read", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg)]
    [InlineData(SKEncodedImageFormat.Webp)]
    public void Decode_LargeRotatedPhoto_ReadsUrl(SKEncodedImageFormat format)
    {
        // A 4000×3000 "photo": the code small, off-centre and turned a quarter, on a grey desk, lossy-compressed.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Url, QRCodeGenerator.ECCLevel.M);
        using var code = SKBitmap.Decode(new PngByteQRCode(data).GetGraphic(8));
        using var surface = SKSurface.Create(new SKImageInfo(4000, 3000));
        surface.Canvas.Clear(new SKColor(120, 118, 110));
        surface.Canvas.Translate(2600, 900);
        surface.Canvas.RotateDegrees(90);
        surface.Canvas.DrawBitmap(code, new SKRect(0, 0, 900, 900));
        using var image = surface.Snapshot();
        using var encoded = image.Encode(format, 70);
        Assert.True(encoded.Size > 20_000, "the photo should be a real-sized file");

        var (text, problem) = new QrImageDecoder().Decode(encoded.AsSpan());

        Assert.Null(problem);
        Assert.Equal(Url, text);
    }

    [Fact]
    public void Decode_TruncatedJpeg_NoCrashPlainAnswer()
    {
        using var surface = SKSurface.Create(new SKImageInfo(200, 200));
        surface.Canvas.Clear(SKColors.White);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 90);

        var (text, problem) = new QrImageDecoder().Decode(encoded.AsSpan()[..40]);

        Assert.Null(text);
        Assert.NotNull(problem);
    }

    [Fact]
    public void Decode_TinyPngClaimingHugeSize_RefusedUnread()
    {
        using var surface = SKSurface.Create(new SKImageInfo(1, 1));
        using var image = surface.Snapshot();
        var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        // IHDR starts at byte 8: length (4), "IHDR" (4), width (4), height (4), …, CRC over type and data (13 bytes).
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 50_000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 50_000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));

        var (text, problem) = new QrImageDecoder().Decode(png);

        Assert.Null(text);
        Assert.Contains("not a picture this wallet can read", problem, StringComparison.Ordinal);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }

    [Fact]
    public void Decode_PngWithoutQr_NoQrFound()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode("x", QRCodeGenerator.ECCLevel.L);
        var blank = new PngByteQRCode(data).GetGraphic(4, [255, 255, 255, 255], [255, 255, 255, 255]);

        var (text, problem) = new QrImageDecoder().Decode(blank);

        Assert.Null(text);
        Assert.Equal("No QR code was found in that image", problem);
    }
}
