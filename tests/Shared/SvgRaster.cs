using System.Globalization;
using System.Text.RegularExpressions;

namespace Warehouse.Tests.Shared;

/// <summary>
/// Fills the black rectangles of the product's barcode SVGs ("M x,y h w v h h-w z" path runs) into a
/// grey image for <see cref="IndependentDecoder"/>; a one-pixel grid, as the SVG's user units.
/// </summary>
internal static partial class SvgRaster
{
    /// <summary>Reads the first barcode SVG in <paramref name="svg"/>; null when it has none.</summary>
    public static DecodedSymbol? Decode(string svg)
    {
        var size = SizePattern().Match(svg);
        if (!size.Success)
        {
            return null;
        }
        int width = Number(size.Groups[1]), height = Number(size.Groups[2]);
        var luminance = Enumerable.Repeat((byte)255, width * height).ToArray();
        foreach (Match bar in BarPattern().Matches(svg))
        {
            int left = Number(bar.Groups[1]), top = Number(bar.Groups[2]);
            for (var y = top; y < Math.Min(height, top + Number(bar.Groups[4])); y++)
            {
                Array.Fill(luminance, (byte)0, y * width + left, Math.Min(width - left, Number(bar.Groups[3])));
            }
        }
        return IndependentDecoder.Decode(luminance, width, height);
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<svg[^>]* width="(\d+)" height="(\d+)" """)]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"M(\d+),(\d+)h(\d+)v(\d+)h-\d+z")]
    private static partial Regex BarPattern();
}
