using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.EscPos;

// Bar codes, QR codes and images. Native Code 128 (GS k) is drawn by the printer from our own code-set
// encoding (EscPosCode128): ZXing.Net renders pictures, not the printer's command bytes.
public sealed partial class EscPosBuilder
{
    /// <summary>
    /// Prints a native Code 128 barcode (GS k m=73) with the shortest code-set encoding and, when
    /// <paramref name="hri"/>, its text below (GS H 2). Module width is 3 or 2 dots, the widest at which the
    /// symbol and its two 10-module quiet zones fit the paper; below 2 dots (Epson's range is 2–6) scanners
    /// misread thermal bars, so a code that does not fit at 2 prints as a QR code with its text instead
    /// (GS1 data in its parenthesised form, which the scan parser reads as GS1).
    /// With <paramref name="gs1"/> the data is GS1 in parenthesised form.
    /// </summary>
    /// <exception cref="ArgumentException">The data cannot be encoded.</exception>
    public EscPosBuilder Code128(string data, bool hri = true, bool gs1 = false, int height = 80, TextAlign align = TextAlign.Center)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 255);
        var symbol = Barcodes.Code128.Encode(data, gs1);
        var payload = EscPosCode128.ToCommandData(symbol);
        var moduleWidth = Code128ModuleWidth(symbol.Pattern.Length, Width);
        if (moduleWidth == 0 || payload.Length > 255)
        {
            return QrCode(data, align: align).Line(data, align);
        }
        Align(align);
        Write(ControlBytes.Gs, (byte)'H', hri ? (byte)2 : (byte)0);
        Write(ControlBytes.Gs, (byte)'h', (byte)height);
        Write(ControlBytes.Gs, (byte)'w', (byte)moduleWidth);
        Write(ControlBytes.Gs, (byte)'k', 73, (byte)payload.Length);
        return Write(payload);
    }

    /// <summary>
    /// Prints a native QR code (GS ( k: model 2, module size 1–16 dots, error correction, store the
    /// UTF-8 data, print). For printers without native QR, use
    /// <c>RasterImage(BarcodeRenderer.QrBitmap(...))</c> instead.
    /// </summary>
    public EscPosBuilder QrCode(string data, int size = 6, QrErrorCorrection ecc = QrErrorCorrection.M, TextAlign align = TextAlign.Center)
    {
        ArgumentException.ThrowIfNullOrEmpty(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 16);
        var bytes = System.Text.Encoding.UTF8.GetBytes(data);
        var limit = QrByteCapacity(ecc);
        if (bytes.Length > limit)
        {
            throw new ArgumentException(
                $"QR data is {bytes.Length} bytes; a QR code holds at most {limit} bytes at error correction {ecc} (2953 at L).", nameof(data));
        }
        Align(align);
        Write(ControlBytes.Gs, (byte)'(', (byte)'k', 4, 0, 49, 65, 50, 0);           // fn 165: model 2
        Write(ControlBytes.Gs, (byte)'(', (byte)'k', 3, 0, 49, 67, (byte)size);      // fn 167: module size
        Write(ControlBytes.Gs, (byte)'(', (byte)'k', 3, 0, 49, 69, (byte)(48 + (int)ecc)); // fn 169: error correction
        var length = bytes.Length + 3;
        Write(ControlBytes.Gs, (byte)'(', (byte)'k', (byte)(length & 0xFF), (byte)(length >> 8), 49, 80, 48); // fn 180: store
        Write(bytes);
        return Write(ControlBytes.Gs, (byte)'(', (byte)'k', 3, 0, 49, 81, 48);       // fn 181: print
    }

    /// <summary>Prints a bitmap (GS v 0), e.g. a logo or a QR code drawn by <see cref="BarcodeRenderer"/>.</summary>
    /// <exception cref="ArgumentException">The bitmap is wider than the paper or taller than 65535 dots.</exception>
    public EscPosBuilder RasterImage(MonoBitmap bitmap, TextAlign align = TextAlign.Center)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        if (bitmap.Width > Width.Dots() || bitmap.Height > ushort.MaxValue)
        {
            throw new ArgumentException($"A {bitmap.Width}×{bitmap.Height} image does not fit {Width} paper ({Width.Dots()} dots wide).", nameof(bitmap));
        }
        Align(align);
        Write(ControlBytes.Gs, (byte)'v', (byte)'0', 0,
            (byte)(bitmap.Stride & 0xFF), (byte)(bitmap.Stride >> 8),
            (byte)(bitmap.Height & 0xFF), (byte)(bitmap.Height >> 8));
        return Write(bitmap.Bits);
    }

    /// <summary>
    /// The GS w module width (3 or 2 dots) at which a Code 128 pattern of <paramref name="modules"/> modules
    /// and its two 10-module quiet zones fit the paper; 0 when not even 2 dots fit.
    /// </summary>
    public static int Code128ModuleWidth(int modules, PaperWidth width) =>
        new[] { 3, 2 }.FirstOrDefault(w => (modules + 20) * w <= width.Dots());

    // QR version 40 in byte mode (ISO/IEC 18004 table 7): the most bytes each error correction level holds.
    private static int QrByteCapacity(QrErrorCorrection ecc) => ecc switch
    {
        QrErrorCorrection.L => 2953,
        QrErrorCorrection.M => 2331,
        QrErrorCorrection.Q => 1663,
        _ => 1273,
    };
}
