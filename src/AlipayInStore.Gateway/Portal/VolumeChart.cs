using System.Globalization;
using System.Net;
using System.Text;
using AlipayInStore.Protocol.Money;

namespace AlipayInStore.Gateway.Portal;

/// <summary>A bar chart of daily paid volume as inline SVG, drawn on the server (no script).</summary>
internal static class VolumeChart
{
    private const int Width = 700, Height = 220, Left = 70, Bottom = 30, Top = 16;

    /// <param name="days">One entry per day, oldest first: the day and its volume in minor units.</param>
    public static string Svg(IReadOnlyList<(DateOnly Day, long Volume, int Count)> days, string currency)
    {
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => d.Volume));
        var plotHeight = Height - Bottom - Top;
        var slot = (Width - Left - 10) / (double)Math.Max(1, days.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"Paid volume, last {days.Count} days, {currency}\" data-testid=\"volume-chart\" font-family=\"system-ui,sans-serif\" font-size=\"11\">");
        for (var i = 0; i <= 4; i++)
        {
            var y = Top + (plotHeight * i / 4.0);
            var label = new Money(max * (4 - i) / 4, currency).ToDecimalString();
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - 10}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e5e7eb\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" fill=\"#6b7280\">{label}</text>");
        }
        for (var i = 0; i < days.Count; i++)
        {
            var (day, volume, count) = days[i];
            var h = plotHeight * (double)volume / max;
            var x = Left + (i * slot) + (slot * 0.15);
            var title = WebUtility.HtmlEncode($"{day:yyyy-MM-dd}: {new Money(volume, currency)} in {count} payment(s)");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{h:0.#}\" fill=\"#1677ff\" rx=\"2\"><title>{title}</title></rect>");
            if (i % 2 == days.Count % 2 || i == days.Count - 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.35):0.#}\" y=\"{Height - 10}\" text-anchor=\"middle\" fill=\"#6b7280\">{day:MM-dd}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
