using System.Buffers.Binary;
using System.IO.Compression;

namespace AlipayInStore.Gateway.Wallet;

/// <summary>
/// A small PNG reader that yields 8-bit luminance (what a barcode reader needs), with no native imaging library:
/// non-interlaced greyscale, RGB, palette, grey+alpha and RGBA images at the bit depths PNG allows (16-bit uses
/// the high byte). Transparent pixels are read as white, as a photo or screenshot on a page would show them.
/// </summary>
internal static class PngLuminance
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (byte[] Luminance, int Width, int Height)? TryRead(ReadOnlySpan<byte> png)
    {
        if (png.Length < 33 || !png[..8].SequenceEqual(Signature))
        {
            return null;
        }
        int width = 0, height = 0, depth = 0, colour = 0;
        byte[] palette = [];
        using var idat = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            if (length < 0 || at + 12 + length > png.Length)
            {
                return null;
            }
            var type = System.Text.Encoding.ASCII.GetString(png.Slice(at + 4, 4));
            var data = png.Slice(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                    depth = data[8];
                    colour = data[9];
                    if (data[12] != 0 || width is <= 0 or > 8000 || height is <= 0 or > 8000)
                    {
                        return null; // interlaced or absurd
                    }
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            at += 12 + length;
        }
        var channels = colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (width == 0 || channels == 0)
        {
            return null;
        }
        var raw = Inflate(idat.ToArray());
        var bitsPerPixel = channels * depth;
        var stride = ((width * bitsPerPixel) + 7) / 8;
        if (raw.Length < height * (stride + 1))
        {
            return null;
        }
        var bpp = Math.Max(1, bitsPerPixel / 8);
        var previous = new byte[stride];
        var line = new byte[stride];
        var luminance = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, (y * (stride + 1)) + 1, line, 0, stride);
            Unfilter(filter, line, previous, bpp);
            for (var x = 0; x < width; x++)
            {
                luminance[(y * width) + x] = Pixel(line, x, depth, colour, palette);
            }
            (previous, line) = (line, previous);
        }
        return (luminance, width, height);
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static void Unfilter(byte filter, byte[] line, byte[] previous, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int a = i >= bpp ? line[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
            line[i] = filter switch
            {
                1 => (byte)(line[i] + a),
                2 => (byte)(line[i] + b),
                3 => (byte)(line[i] + ((a + b) / 2)),
                4 => (byte)(line[i] + Paeth(a, b, c)),
                _ => line[i],
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte Pixel(byte[] line, int x, int depth, int colour, byte[] palette)
    {
        if (depth < 8)
        {
            var perByte = 8 / depth;
            var sample = (line[x / perByte] >> ((perByte - 1 - (x % perByte)) * depth)) & ((1 << depth) - 1);
            return colour == 3 ? PaletteGrey(palette, sample) : (byte)(sample * 255 / ((1 << depth) - 1));
        }
        var step = depth / 8;
        byte S(int channel) => line[(((x * Channels(colour)) + channel) * step)];
        return colour switch
        {
            0 => S(0),
            3 => PaletteGrey(palette, S(0)),
            4 => Blend(S(0), S(1)),
            2 => Grey(S(0), S(1), S(2)),
            _ => Blend(Grey(S(0), S(1), S(2)), S(3)),
        };
    }

    private static int Channels(int colour) => colour switch { 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    private static byte PaletteGrey(byte[] palette, int index) =>
        (index * 3) + 2 < palette.Length ? Grey(palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2]) : (byte)0;

    private static byte Grey(byte r, byte g, byte b) => (byte)(((r * 299) + (g * 587) + (b * 114)) / 1000);

    private static byte Blend(byte grey, byte alpha) => (byte)(((grey * alpha) + (255 * (255 - alpha))) / 255);
}
