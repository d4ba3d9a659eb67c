using System.Globalization;
using System.Text;
using ZXing;
using ZXing.Common;
using ZXing.Datamatrix;
using ZXing.Datamatrix.Encoder;
using ZXing.OneD;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// GS1 labels drawn by ZXing.Net: GS1-128 (Code 128 opening with FNC1, FNC1 after every variable-length element that
/// is not last) and GS1 Data Matrix (FNC1 first, GS after variable-length elements), from the parenthesised form
/// <c>(01)09506000134352(17)271231(10)L1(21)S1</c>. Each symbol gets its quiet zone (10 modules for Code 128, 1 for
/// Data Matrix). Our own <see cref="Code128"/> encoder stays only for the printer-native ESC/POS <c>GS k</c> path:
/// there the printer draws the bars from code-set codewords that we must choose, which ZXing.Net does not give out.
/// </summary>
public static class Gs1Symbols
{
    // ZXing.Net's escape for FNC1 inside Code 128 content.
    private const char Fnc1 = '\u00f1';
    private const char GroupSeparator = '\u001d';

    /// <summary>The elements of a parenthesised GS1 string, checked against the AI table (check digits, lengths).</summary>
    /// <exception cref="ArgumentException">Not valid GS1 data.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Elements(string humanForm)
    {
        ArgumentNullException.ThrowIfNull(humanForm);
        return Gs1.TryParseHumanForm(humanForm, out var elements, out var error) ? elements : throw new ArgumentException(error, nameof(humanForm));
    }

    /// <summary>
    /// A GS1-128 symbol, <paramref name="moduleSize"/> pixels a module and <paramref name="height"/> pixels of bars, with the
    /// elements in parenthesised form under it.
    /// </summary>
    public static MonoBitmap Gs1128(string humanForm, int moduleSize = 2, int height = 80)
    {
        var elements = Elements(humanForm);
        var content = Fnc1 + Gs1.ToElementString([.. elements], Fnc1);
        var matrix = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1,
            new Dictionary<EncodeHintType, object> { [EncodeHintType.MARGIN] = 0 });
        var bars = Draw(matrix, moduleSize, height, quietZone: 10);
        var caption = Gs1.ToHumanForm(elements);
        var size = 9f * moduleSize;
        var labelled = new MonoBitmap(Math.Max(bars.Width, CaptionFont.Measure(caption, size) + 4), bars.Height + CaptionFont.LineHeight(size));
        var left = (labelled.Width - bars.Width) / 2;
        for (var y = 0; y < bars.Height; y++)
        {
            for (var x = 0; x < bars.Width; x++)
            {
                labelled[left + x, y] = bars[x, y];
            }
        }
        CaptionFont.Draw(labelled, caption, (labelled.Width - CaptionFont.Measure(caption, size)) / 2, bars.Height - 10 * moduleSize, size);
        return labelled;
    }

    /// <summary>
    /// A square GS1 Data Matrix symbol (ECC 200) of <paramref name="moduleSize"/> pixels a module. ZXing.Net 0.16 writes the
    /// leading FNC1 (codeword 232) only through its minimal encoder, so compact encoding is on: without it the GS1 hint is
    /// ignored and the symbol reads as plain data ("]d1").
    /// </summary>
    public static MonoBitmap Gs1DataMatrix(string humanForm, int moduleSize = 8)
    {
        var content = Gs1.ToElementString([.. Elements(humanForm)], GroupSeparator);
        var options = new DatamatrixEncodingOptions
        {
            SymbolShape = SymbolShapeHint.FORCE_SQUARE, Margin = 0, GS1Format = true, CompactEncoding = true,
        };
        var matrix = new DataMatrixWriter().encode(content, BarcodeFormat.DATA_MATRIX, 0, 0, options.Hints);
        return Draw(matrix, moduleSize, moduleSize * matrix.Height, quietZone: 1);
    }

    /// <summary>A drawn symbol as an SVG document: one black rectangle per run of black pixels in a row.</summary>
    public static string Svg(MonoBitmap bitmap)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        var path = new StringBuilder();
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (!bitmap[x, y] || (x > 0 && bitmap[x - 1, y]))
                {
                    continue;
                }
                var run = 1;
                while (x + run < bitmap.Width && bitmap[x + run, y])
                {
                    run++;
                }
                path.Append(CultureInfo.InvariantCulture, $"M{x},{y}h{run}v1h{-run}z");
            }
        }
        return $"""<svg xmlns="http://www.w3.org/2000/svg" width="{bitmap.Width}" height="{bitmap.Height}" viewBox="0 0 {bitmap.Width} {bitmap.Height}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }

    private static MonoBitmap Draw(BitMatrix matrix, int moduleSize, int height, int quietZone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(moduleSize, 1);
        var rowHeight = matrix.Height == 1 ? height : moduleSize;
        var bitmap = new MonoBitmap((matrix.Width + 2 * quietZone) * moduleSize, matrix.Height * rowHeight + 2 * quietZone * moduleSize);
        for (var y = 0; y < matrix.Height; y++)
        {
            for (var x = 0; x < matrix.Width; x++)
            {
                if (matrix[x, y])
                {
                    bitmap.FillRectangle((x + quietZone) * moduleSize, quietZone * moduleSize + y * rowHeight, moduleSize, rowHeight);
                }
            }
        }
        return bitmap;
    }
}
