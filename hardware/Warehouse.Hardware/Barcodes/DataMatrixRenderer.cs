using ZXing;
using ZXing.Datamatrix;
using ZXing.Datamatrix.Encoder;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// Draws Data Matrix symbols (ECC 200, square) with ZXing.Net's encoder, for equipment-unit labels, inside the
/// one-module quiet zone ISO/IEC 16022 asks for.
/// </summary>
public static class DataMatrixRenderer
{
    private const int QuietZone = 1;

    /// <summary>Draws <paramref name="data"/> (ASCII) as a Data Matrix bitmap of <paramref name="moduleSize"/> pixels a module.</summary>
    /// <exception cref="ArgumentException">The data is empty or cannot be encoded.</exception>
    public static MonoBitmap Bitmap(string data, int moduleSize = 8)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(moduleSize, 1);
        var options = new DatamatrixEncodingOptions { SymbolShape = SymbolShapeHint.FORCE_SQUARE, Margin = 0 };
        var matrix = new DataMatrixWriter().encode(data, BarcodeFormat.DATA_MATRIX, 0, 0, options.Hints);
        var bitmap = new MonoBitmap((matrix.Width + 2 * QuietZone) * moduleSize, (matrix.Height + 2 * QuietZone) * moduleSize);
        for (var y = 0; y < matrix.Height; y++)
        {
            for (var x = 0; x < matrix.Width; x++)
            {
                if (matrix[x, y])
                {
                    bitmap.FillRectangle((x + QuietZone) * moduleSize, (y + QuietZone) * moduleSize, moduleSize, moduleSize);
                }
            }
        }
        return bitmap;
    }

    /// <summary>Draws a Data Matrix symbol as PNG bytes.</summary>
    public static byte[] Png(string data, int moduleSize = 8) => Bitmap(data, moduleSize).ToPng();
}
