using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.Tool;

internal static class LabelCommand
{
    public static int Run(Arguments arguments, TextWriter output)
    {
        if (arguments.Positional.Count != 2)
        {
            throw new UsageException("label needs a symbology (code128, qr or datamatrix) and the DATA.");
        }
        var (symbology, data) = (arguments.Positional[0], arguments.Positional[1]);
        var path = arguments.Option("--out") ?? throw new UsageException("label needs --out FILE.svg or FILE.png.");
        var format = Path.GetExtension(path).ToLowerInvariant();
        if (format is not (".svg" or ".png"))
        {
            throw new UsageException($"--out must end in .svg or .png, not \"{Path.GetFileName(path)}\".");
        }
        try
        {
            var gs1 = arguments.Has("--gs1");
            switch (symbology)
            {
                case "code128" when gs1:
                    var bars = Gs1Symbols.Gs1128(data);
                    Write(path, format, () => Gs1Symbols.Svg(bars), bars.ToPng);
                    break;
                case "code128":
                    Write(path, format, () => BarcodeRenderer.Code128Svg(data), () => BarcodeRenderer.Code128Png(data));
                    break;
                case "qr" when gs1:
                    throw new UsageException("GS1 data goes into code128 or datamatrix labels; a qr label carries plain data.");
                case "qr":
                    Write(path, format, () => BarcodeRenderer.QrSvg(data), () => BarcodeRenderer.QrPng(data));
                    break;
                case "datamatrix":
                    var matrix = gs1 ? Gs1Symbols.Gs1DataMatrix(data) : DataMatrixRenderer.Bitmap(data);
                    Write(path, format, () => Gs1Symbols.Svg(matrix), matrix.ToPng);
                    break;
                default:
                    throw new UsageException($"Unknown symbology \"{symbology}\"; use code128, qr or datamatrix.");
            }
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        output.WriteLine($"Wrote {Path.GetFullPath(path)}.");
        return 0;
    }

    private static void Write(string path, string format, Func<string> svg, Func<byte[]> png)
    {
        if (format == ".svg")
        {
            File.WriteAllText(path, svg());
        }
        else
        {
            File.WriteAllBytes(path, png());
        }
    }
}
