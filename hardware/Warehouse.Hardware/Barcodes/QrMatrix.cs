using System.Text;
using QRCoder;

namespace Warehouse.Hardware.Barcodes;

/// <summary>The module grid of a QR code from QRCoder, without quiet zone.</summary>
internal sealed class QrMatrix
{
    private readonly bool[,] _dark;

    private QrMatrix(bool[,] dark) => _dark = dark;

    public int Size => _dark.GetLength(0);

    public bool this[int x, int y] => _dark[y, x];

    // UTF-8 bytes, exactly as ESC/POS printers put the stored data into the symbol.
    public static QrMatrix Create(string data, QrErrorCorrection ecc)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        var level = ecc switch
        {
            QrErrorCorrection.L => QRCodeGenerator.ECCLevel.L,
            QrErrorCorrection.Q => QRCodeGenerator.ECCLevel.Q,
            QrErrorCorrection.H => QRCodeGenerator.ECCLevel.H,
            _ => QRCodeGenerator.ECCLevel.M,
        };
        using var code = QRCodeGenerator.GenerateQrCode(Encoding.UTF8.GetBytes(data), level);
        var rows = code.ModuleMatrix;
        var size = 17 + 4 * code.Version;
        var margin = (rows.Count - size) / 2;
        var dark = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                dark[y, x] = rows[y + margin][x + margin];
            }
        }
        return new QrMatrix(dark);
    }
}
