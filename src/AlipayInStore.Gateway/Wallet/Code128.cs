using System.Globalization;
using System.Text;

namespace AlipayInStore.Gateway.Wallet;

/// <summary>
/// Code 128 barcodes as SVG, for the payment code the wallet shows. Payment codes are digits of even length,
/// so code set C (two digits per symbol) is enough and gives the shortest bar.
/// </summary>
internal static class Code128
{
    // Bar/space widths of symbols 0..106 (bar first); 106 is the stop symbol with its final bar.
    private static readonly string[] Patterns =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    private const int StartC = 105;
    private const int Stop = 106;

    /// <summary>The symbol values: start C, digit pairs, checksum, stop.</summary>
    public static IReadOnlyList<int> Symbols(string digits)
    {
        if (digits.Length == 0 || digits.Length % 2 != 0 || !digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Code set C needs an even number of digits.", nameof(digits));
        }
        var symbols = new List<int> { StartC };
        for (var i = 0; i < digits.Length; i += 2)
        {
            symbols.Add(((digits[i] - '0') * 10) + (digits[i + 1] - '0'));
        }
        var checksum = StartC;
        for (var i = 1; i < symbols.Count; i++)
        {
            checksum += symbols[i] * i;
        }
        symbols.Add(checksum % 103);
        symbols.Add(Stop);
        return symbols;
    }

    /// <summary>The modules, true for a bar, without quiet zones.</summary>
    public static bool[] Modules(string digits)
    {
        var modules = new List<bool>();
        foreach (var symbol in Symbols(digits))
        {
            var bar = true;
            foreach (var width in Patterns[symbol])
            {
                modules.AddRange(Enumerable.Repeat(bar, width - '0'));
                bar = !bar;
            }
        }
        return [.. modules];
    }

    /// <summary>An SVG of the barcode with 10-module quiet zones, scaled to its container's width.</summary>
    public static string Svg(string digits, int height = 80)
    {
        var modules = Modules(digits);
        const int quiet = 10;
        var width = modules.Length + (2 * quiet);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"none\" class=\"barcode\" role=\"img\" aria-label=\"Code 128 barcode\" shape-rendering=\"crispEdges\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (var i = 0; i < modules.Length; i++)
        {
            if (!modules[i])
            {
                continue;
            }
            var run = 1;
            while (i + run < modules.Length && modules[i + run])
            {
                run++;
            }
            svg.Append(CultureInfo.InvariantCulture, $"M{i + quiet} 0h{run}v{height}h-{run}z");
            i += run - 1;
        }
        svg.Append("\"/></svg>");
        return svg.ToString();
    }
}
