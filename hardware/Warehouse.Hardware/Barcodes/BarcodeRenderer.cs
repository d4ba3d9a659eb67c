using System.Globalization;
using System.Security;
using System.Text;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// Draws Code 128 (modules from ZXing.Net, <see cref="Code128Modules"/>) and QR symbols as PNG (written by SkiaSharp),
/// SVG or a <see cref="MonoBitmap"/> (for ESC/POS raster printing), with quiet zones (10 modules for Code 128, 4 for QR)
/// and a human-readable line.
/// </summary>
public static class BarcodeRenderer
{
    private const int Code128QuietZone = 10;
    private const int QrQuietZone = 4;

    /// <summary>Draws a Code 128 symbol of printable ASCII, or with <paramref name="gs1"/> a GS1-128 symbol of "(01)…" data.</summary>
    /// <exception cref="ArgumentException">The data cannot be encoded.</exception>
    public static MonoBitmap Code128Bitmap(string data, bool gs1 = false, BarcodeImageOptions? options = null)
    {
        var symbol = Code128Modules.Encode(data, gs1);
        var layout = Layout.ForCode128(symbol, options);
        var bitmap = new MonoBitmap(layout.Width, layout.Height);
        var left = layout.SymbolLeft;
        for (var i = 0; i < symbol.Pattern.Length; i++)
        {
            if (symbol.Pattern[i] == '1')
            {
                bitmap.FillRectangle(left + i * layout.Module, layout.Margin, layout.Module, layout.SymbolHeight);
            }
        }
        DrawText(bitmap, layout);
        return bitmap;
    }

    /// <summary>Draws a Code 128 or GS1-128 symbol as PNG bytes.</summary>
    public static byte[] Code128Png(string data, bool gs1 = false, BarcodeImageOptions? options = null) =>
        Code128Bitmap(data, gs1, options).ToPng();

    /// <summary>Draws a Code 128 or GS1-128 symbol as an SVG document.</summary>
    public static string Code128Svg(string data, bool gs1 = false, BarcodeImageOptions? options = null)
    {
        var symbol = Code128Modules.Encode(data, gs1);
        var layout = Layout.ForCode128(symbol, options);
        var path = new StringBuilder();
        for (var i = 0; i < symbol.Pattern.Length; i++)
        {
            if (symbol.Pattern[i] != '1' || (i > 0 && symbol.Pattern[i - 1] == '1'))
            {
                continue;
            }
            var run = 1;
            while (i + run < symbol.Pattern.Length && symbol.Pattern[i + run] == '1')
            {
                run++;
            }
            path.Append(CultureInfo.InvariantCulture,
                $"M{layout.SymbolLeft + i * layout.Module},{layout.Margin}h{run * layout.Module}v{layout.SymbolHeight}h{-run * layout.Module}z");
        }
        return Svg(layout, path.ToString());
    }

    /// <summary>Draws a QR code of <paramref name="data"/> (UTF-8).</summary>
    /// <exception cref="ArgumentException">The data is empty or too long for a QR code at this level.</exception>
    public static MonoBitmap QrBitmap(string data, QrErrorCorrection ecc = QrErrorCorrection.M, BarcodeImageOptions? options = null)
    {
        var matrix = QrMatrix.Create(data, ecc);
        var layout = Layout.ForQr(data, matrix, options);
        var bitmap = new MonoBitmap(layout.Width, layout.Height);
        for (var y = 0; y < matrix.Size; y++)
        {
            for (var x = 0; x < matrix.Size; x++)
            {
                if (matrix[x, y])
                {
                    bitmap.FillRectangle(layout.SymbolLeft + x * layout.Module, layout.Margin + y * layout.Module, layout.Module, layout.Module);
                }
            }
        }
        DrawText(bitmap, layout);
        return bitmap;
    }

    /// <summary>Draws a QR code as PNG bytes.</summary>
    public static byte[] QrPng(string data, QrErrorCorrection ecc = QrErrorCorrection.M, BarcodeImageOptions? options = null) =>
        QrBitmap(data, ecc, options).ToPng();

    /// <summary>Draws a QR code as an SVG document.</summary>
    public static string QrSvg(string data, QrErrorCorrection ecc = QrErrorCorrection.M, BarcodeImageOptions? options = null)
    {
        var matrix = QrMatrix.Create(data, ecc);
        var layout = Layout.ForQr(data, matrix, options);
        var path = new StringBuilder();
        for (var y = 0; y < matrix.Size; y++)
        {
            for (var x = 0; x < matrix.Size; x++)
            {
                if (matrix[x, y])
                {
                    path.Append(CultureInfo.InvariantCulture,
                        $"M{layout.SymbolLeft + x * layout.Module},{layout.Margin + y * layout.Module}h{layout.Module}v{layout.Module}h{-layout.Module}z");
                }
            }
        }
        return Svg(layout, path.ToString());
    }

    private static void DrawText(MonoBitmap bitmap, Layout layout)
    {
        if (layout.Text.Length > 0)
        {
            var x = (layout.Width - CaptionFont.Measure(layout.Text, layout.TextSize)) / 2;
            CaptionFont.Draw(bitmap, layout.Text, x, layout.TextTop, layout.TextSize);
        }
    }

    private static string Svg(Layout layout, string path)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{layout.Width}" height="{layout.Height}" viewBox="0 0 {layout.Width} {layout.Height}" shape-rendering="crispEdges">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{layout.Width}" height="{layout.Height}" fill="#fff"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="{path}" fill="#000"/>""");
        if (layout.Text.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="{layout.Width / 2}" y="{layout.TextTop + layout.TextSize}" font-family="sans-serif" font-size="{layout.TextSize}" text-anchor="middle" fill="#000">{SecurityElement.Escape(layout.Text)}</text>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    // Pixel geometry shared by the PNG and SVG renderings: symbol centred over its text, quiet zones
    // left and right, a margin of one quiet zone above and below.
    private sealed record Layout(int Width, int Height, int Module, int SymbolLeft, int Margin, int SymbolHeight, int TextTop, int TextScale, string Text)
    {
        public int TextSize => 9 * TextScale;

        public static Layout ForCode128(Code128Modules symbol, BarcodeImageOptions? options)
        {
            options ??= new BarcodeImageOptions();
            var module = ModuleSize(options, 3);
            ArgumentOutOfRangeException.ThrowIfLessThan(options.BarHeight, 5);
            var text = options.ShowText ? options.Text ?? symbol.HumanReadable : "";
            return Create(module, symbol.Pattern.Length, options.BarHeight, Code128QuietZone, module, text);
        }

        public static Layout ForQr(string data, QrMatrix matrix, BarcodeImageOptions? options)
        {
            options ??= new BarcodeImageOptions();
            var module = ModuleSize(options, 8);
            var text = options.ShowText ? options.Text ?? data : "";
            // QR modules are large; text at module scale would dwarf the symbol.
            return Create(module, matrix.Size, matrix.Size, QrQuietZone, Math.Max(1, module / 3), text);
        }

        private static Layout Create(int module, int symbolModules, int heightModules, int quietZone, int textScale, string text)
        {
            text = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
            var symbolWidth = (symbolModules + 2 * quietZone) * module;
            var textWidth = text.Length == 0 ? 0 : CaptionFont.Measure(text, 9 * textScale) + 4 * textScale;
            var width = Math.Max(symbolWidth, textWidth);
            var margin = Math.Min(quietZone, 4) * module;
            var symbolHeight = heightModules * module;
            var textTop = margin + symbolHeight + 2 * textScale;
            var height = text.Length == 0
                ? symbolHeight + 2 * margin
                : textTop + CaptionFont.LineHeight(9 * textScale) + margin;
            return new Layout(width, height, module, (width - symbolModules * module) / 2, margin, symbolHeight, textTop, textScale, text);
        }

        private static int ModuleSize(BarcodeImageOptions options, int fallback)
        {
            var module = options.ModuleSize ?? fallback;
            ArgumentOutOfRangeException.ThrowIfLessThan(module, 1, nameof(options.ModuleSize));
            return module;
        }
    }
}
