using AlipayInStore.Gateway.Wallet;
using QRCoder;

namespace AlipayInStore.Gateway.Tests.Portal;

/// <summary>Reading an uploaded PNG of a QR code on the server, without a native imaging library.</summary>
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
        Assert.Contains("not a PNG", problem, StringComparison.Ordinal);
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
