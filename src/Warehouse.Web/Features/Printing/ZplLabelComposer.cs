using Warehouse.Domain.Printing;
using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.Zpl;

namespace Warehouse.Web.Features.Printing;

/// The symbol on a label printer's label: Code 128 for items and bins (read by any scanner), Data Matrix for
/// batches and QR for equipment units (small, and readable by phone cameras); GS1 labels carry GS1 Data Matrix.
public enum LabelSymbology
{
    Code128,
    QrCode,
    DataMatrix,
}

/// Lays labels out for a label printer as ZPL II: the title in large type, the detail below it, then the code filling
/// the rest of the label, all inside a 2 mm margin. Text that would run off the label is shortened with an ellipsis.
public sealed class ZplLabelComposer
{
    public byte[] Labels(IReadOnlyList<LabelContent> labels, LabelSettings settings)
    {
        var zpl = new ZplBuilder(Stock(settings), settings.Font);
        foreach (var label in labels)
            Label(zpl.BeginLabel(), label).EndLabel();
        return zpl.ToArray();
    }

    public byte[] TestLabel(string printerName, LabelSettings settings) =>
        Label(new ZplBuilder(Stock(settings), settings.Font).BeginLabel(),
                new LabelContent("WI-TEST-0001", "标签测试", $"Label test · {printerName} · {Stock(settings)}"))
            .EndLabel().ToArray();

    private static LabelStock Stock(LabelSettings settings) => new(settings.WidthMm, settings.HeightMm, settings.Dpi);

    private static ZplBuilder Label(ZplBuilder zpl, LabelContent label)
    {
        var stock = zpl.Stock;
        var margin = 2 * stock.DotsPerMm;
        var width = stock.WidthDots - 2 * margin;
        var titleHeight = Math.Clamp(stock.HeightDots / 7, 20, 64);
        var detailHeight = Math.Clamp(stock.HeightDots / 11, 16, 40);
        zpl.Text(margin, margin, titleHeight, Fit(label.Title, width, titleHeight));
        var y = margin + titleHeight + margin / 2;
        if (!string.IsNullOrWhiteSpace(label.Detail))
        {
            zpl.Text(margin, y, detailHeight, Fit(label.Detail, width, detailHeight));
            y += detailHeight + margin / 2;
        }
        var room = stock.HeightDots - margin - y;
        if (label.Gs1)
            return Gs1(zpl, label.Code, margin, y, room, width, detailHeight);
        if (label.WithQr)
            return BarsAndQr(zpl, label.Code, margin, y, room, width, detailHeight);
        return label.Symbol switch
        {
            LabelSymbology.QrCode => Square(zpl, label.Code, margin, y, room, QrModules(label.Code), detailHeight, qr: true),
            LabelSymbology.DataMatrix => Square(zpl, label.Code, margin, y, room,
                DataMatrixRenderer.Bitmap(label.Code, 1).Width, detailHeight, qr: false),
            _ => Bars(zpl, label.Code, margin, y, room, width, detailHeight),
        };
    }

    // Module width 2 where the symbol with its 10-module quiet zones fits, else 1; bars over the space left by the
    // printed text under them.
    private static ZplBuilder Bars(ZplBuilder zpl, string code, int x, int y, int room, int width, int textHeight)
    {
        var modules = Code128Modules.Encode(code).Pattern.Length + 20;
        var module = Enumerable.Range(1, 3).Reverse().FirstOrDefault(m => modules * m <= width, 1);
        return zpl.Code128(x + 10 * module, y, Math.Max(room - textHeight - 8, 20), code, module);
    }

    // A kit's label: the QR code at the right as large as a third of the width allows, Code 128 in the rest, so a
    // phone reads the one and any wedge scanner the other, as on the paper label.
    private static ZplBuilder BarsAndQr(ZplBuilder zpl, string code, int x, int y, int room, int width, int textHeight)
    {
        var modules = QrModules(code);
        var module = Math.Clamp(Math.Min(room, width / 3) / (modules + 2), 2, 10);
        var side = (modules + 2) * module;
        zpl.QrCode(x + width - side, y, module, code);
        return Bars(zpl, code, x, y, room, width - side - x, textHeight);
    }

    // GS1 Data Matrix with its elements one a line beside it, and a GS1-128 under both where the label is wide enough for
    // module width 2 with the quiet zones.
    private static ZplBuilder Gs1(ZplBuilder zpl, string code, int x, int y, int room, int width, int textHeight)
    {
        var barModules = Code128Modules.Encode(code, gs1: true).Pattern.Length + 20;
        var bars = barModules * 2 <= width ? Math.Clamp(room / 3, 30, 120) : 0;
        var squareRoom = bars == 0 ? room : room - bars - textHeight - 8;
        var modules = Gs1Symbols.Gs1DataMatrix(code, 1).Width;
        var module = Math.Clamp(squareRoom / modules, 2, 10);
        zpl.DataMatrix(x + module, y + module, module, code, gs1: true);
        var text = x + (modules + 1) * module + x;
        var line = 0;
        foreach (var element in Gs1Symbols.Elements(code))
            zpl.Text(text, y + module + line++ * (textHeight + 4), textHeight, $"({element.Key}){element.Value}");
        return bars == 0 ? zpl : zpl.Code128(x + 20, y + squareRoom + 8, bars, code, 2, gs1: true);
    }

    // A square symbol as large as the room allows (at least 2 dots a module), with the code as text beside it.
    private static ZplBuilder Square(ZplBuilder zpl, string code, int x, int y, int room, int modules, int textHeight, bool qr)
    {
        var module = Math.Clamp(room / (modules + 2), 2, 10);
        var text = x + (modules + 2) * module + x;
        zpl = qr ? zpl.QrCode(x, y, module, code) : zpl.DataMatrix(x, y + module, module, code);
        return zpl.Text(text, y + module, textHeight, code);
    }

    // QR model 2, level M, byte mode: the smallest version whose capacity holds the code's UTF-8 bytes.
    private static int QrModules(string code)
    {
        int[] capacity = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];
        var bytes = System.Text.Encoding.UTF8.GetByteCount(code);
        var version = Array.FindIndex(capacity, c => c >= bytes) + 1;
        return 17 + 4 * (version == 0 ? capacity.Length : version);
    }

    // Chinese and other wide characters take about the text height across, ASCII about 0.6 of it.
    private static string Fit(string text, int width, int height)
    {
        var used = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            used += text[i] < 0x2E80 ? 0.6 * height : height;
            if (used > width)
                return text[..Math.Max(0, i - 1)] + "…";
        }
        return text;
    }
}
