using System.Text.RegularExpressions;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Web.Features.Printing;

/// Draws the barcodes a decoded receipt names, so the preview looks like the paper.
public static partial class ReceiptPreview
{
    public static string? Svg(string line)
    {
        try
        {
            if (Code128Line().Match(line) is { Success: true } code)
                return BarcodeRenderer.Code128Svg(code.Groups[1].Value, gs1: code.Groups[1].Value.StartsWith('('),
                    new BarcodeImageOptions { ModuleSize = 2, BarHeight = 40 });
            if (QrLine().Match(line) is { Success: true } qr)
                return BarcodeRenderer.QrSvg(qr.Groups[1].Value, options: new BarcodeImageOptions { ModuleSize = 4, ShowText = false });
        }
        catch (ArgumentException)
        {
            return null;
        }
        return null;
    }

    /// A slip's preview never shows its delivery codes: whoever can open the print queue could otherwise read them.
    public static IReadOnlyList<string> MaskDeliveryCodes(IEnumerable<string> lines, string hidden) =>
        lines.Select(line => QrLine().IsMatch(line) ? hidden : ShortCodeLine().IsMatch(line) ? "•••••-•••••" : line).ToList();

    [GeneratedRegex(@"^\s*[0-9A-Z]{5}-[0-9A-Z]{5}\s*$")]
    private static partial Regex ShortCodeLine();

    [GeneratedRegex(@"^\[CODE128 (.+)\]$")]
    private static partial Regex Code128Line();

    [GeneratedRegex(@"^\[QR (.+)\]$")]
    private static partial Regex QrLine();
}
