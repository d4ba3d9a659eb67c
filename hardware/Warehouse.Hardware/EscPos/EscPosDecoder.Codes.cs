using System.Text;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.EscPos;

// Bar codes, 2D codes and images: what the decoder prints as [CODE128 …], [BARCODE type …], [QR …], [IMAGE w×h].
public static partial class EscPosDecoder
{
    // GS k m: function A (m 0–6, data ends with NUL) and function B (m 65–78, a length byte) name the same symbologies.
    private static readonly string[] Symbologies =
    [
        "UPC-A", "UPC-E", "EAN13", "EAN8", "CODE39", "ITF", "CODABAR", "CODE93", "CODE128", "GS1-128",
        "DATABAR", "DATABAR-TRUNCATED", "DATABAR-LIMITED", "DATABAR-EXPANDED",
    ];

    private static int Barcode(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        var m = Arg(data, i + 2);
        if (m <= 6)
        {
            var start = Math.Min(i + 3, data.Length);
            var end = data[start..].IndexOf((byte)0);
            page.Block($"[BARCODE {Symbologies[m]} {Readable(Encoding.ASCII.GetString(data[start..(end < 0 ? data.Length : start + end)]))}]");
            return end < 0 ? data.Length - i : end + 4;
        }
        var length = Arg(data, i + 3);
        var from = Math.Min(i + 4, data.Length);
        var payload = data.Slice(from, Math.Min(length, data.Length - from));
        if (m == 73)
        {
            var text = EscPosCode128.FromCommandData(payload, out var gs1);
            if (gs1 && Gs1.TryParseElementString(text, out var elements, out _))
            {
                text = Gs1.ToHumanForm(elements);
            }
            page.Block($"[CODE128 {Readable(text)}]");
        }
        else if (m is >= 65 and <= 78)
        {
            page.Block($"[BARCODE {Symbologies[m - 65]} {Readable(Encoding.ASCII.GetString(payload))}]");
        }
        return 4 + length;
    }

    // GS ( x pL pH …: QR code functions (x 'k', cn 49) and graphics stored for printing (x 'L', fn 112).
    private static int Function(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        var length = Arg(data, i + 3) | Arg(data, i + 4) << 8;
        if (data.Length > i + 6 && data[i + 2] == 'k' && data[i + 5] == 49)
        {
            switch (data[i + 6])
            {
                case 80 when length >= 3:
                    var start = Math.Min(i + 8, data.Length);
                    page.QrData = data.Slice(start, Math.Min(length - 3, data.Length - start)).ToArray();
                    break;
                case 81 when page.QrData is not null:
                    page.Block($"[QR {Readable(Encoding.UTF8.GetString(page.QrData))}]");
                    break;
            }
        }
        else if (data.Length > i + 6 && data[i + 2] == 'L')
        {
            Graphics(data, i + 5, page);
        }
        return 5 + length;
    }

    // GS 8 L p1 p2 p3 p4 m fn …: the same graphics functions with a four-byte length.
    private static long LongGraphics(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        var length = (long)(uint)(Arg(data, i + 3) | Arg(data, i + 4) << 8 | Arg(data, i + 5) << 16 | Arg(data, i + 6) << 24);
        if (Arg(data, i + 2) == 'L')
        {
            Graphics(data, i + 7, page);
        }
        return 7 + length;
    }

    // m fn a bx by c xL xH yL yH d…: fn 112 stores a raster image of x × y dots.
    private static void Graphics(ReadOnlySpan<byte> data, int m, DecoderPage page)
    {
        if (Arg(data, m + 1) == 112)
        {
            page.Block($"[IMAGE {Arg(data, m + 6) | Arg(data, m + 7) << 8}×{Arg(data, m + 8) | Arg(data, m + 9) << 8}]");
        }
    }

    // ESC Z m n k dL dH d…: a QR code (the 2D command of Star/Citizen-compatible printers).
    private static int TwoDimensional(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        var length = Arg(data, i + 5) | Arg(data, i + 6) << 8;
        var start = Math.Min(i + 7, data.Length);
        page.Block($"[QR {Readable(Encoding.UTF8.GetString(data.Slice(start, Math.Min(length, data.Length - start))))}]");
        return 7 + length;
    }

    private static long Raster(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        if (Arg(data, i + 2) != '0')
        {
            return 3;
        }
        long bytesPerRow = Arg(data, i + 4) | Arg(data, i + 5) << 8;
        long rows = Arg(data, i + 6) | Arg(data, i + 7) << 8;
        page.Block($"[IMAGE {bytesPerRow * 8}×{rows}]");
        return 8 + bytesPerRow * rows;
    }
}
