using System.Text;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.EscPos;

/// <summary>
/// Renders ESC/POS bytes as the receipt a printer would produce, in readable UTF-8: text (GB18030 while
/// Chinese mode FS &amp; is on, else the ESC t code page; ESC $ positions), "[CODE128 data]", the other GS k
/// symbologies as "[BARCODE type data]", "[QR data]" (GS ( k and ESC Z), "[IMAGE w×h]" (GS v 0, GS ( L,
/// GS 8 L) and "[CUT]". Accepts any bytes: unknown or truncated commands are skipped, it never throws.
/// </summary>
public static partial class EscPosDecoder
{
    /// <summary>
    /// Decodes a job printed on paper of the given width (used for wrapping and alignment); with
    /// <paramref name="chineseDefault"/> the printer is one that starts in Chinese mode without FS &amp;.
    /// </summary>
    public static DecodedReceipt Decode(ReadOnlySpan<byte> data, PaperWidth width = PaperWidth.Mm80, bool chineseDefault = false)
    {
        var page = new DecoderPage(width.Columns(), chineseDefault);
        var i = 0;
        while (i < data.Length)
        {
            long step = data[i] switch
            {
                ControlBytes.Esc => Esc(data, i, page),
                ControlBytes.Gs => Gs(data, i, page),
                ControlBytes.Fs => Fs(data, i, page),
                ControlBytes.Dle => Dle(data, i),
                _ => page.Byte(data, i),
            };
            i = (int)Math.Min(i + Math.Max(step, 1), data.Length);
        }
        page.EndLine(force: false);
        return new DecodedReceipt(page.Lines);
    }

    private static int Esc(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        if (i + 1 >= data.Length)
        {
            return 1;
        }
        var n = Arg(data, i + 2);
        switch ((char)data[i + 1])
        {
            case '@':
                page.Initialise();
                return 2;
            case 'a':
                page.Align = (TextAlign)(n % 48 % 3);
                return 3;
            case '!':
                page.CharWidth = (n & 0x20) != 0 ? 2 : 1;
                return 3;
            case 'd':
                for (var k = 0; k < n; k++)
                {
                    page.EndLine(force: true);
                }
                return 3;
            case 'J':
                page.EndLine(force: false);
                return 3;
            case 'p':
                return 5;
            case '$':
                page.MoveTo(n | Arg(data, i + 3) << 8);
                return 4;
            case 't':
                page.CodePage = n;
                return 3;
            case 'Z':
                return TwoDimensional(data, i, page);
            case '\\' or 'c':
                return 4;
            case 'W':
                return 10;
            case 'D':
                var end = data[(i + 2)..].IndexOf((byte)0);
                return end < 0 ? data.Length - i : end + 3;
            case '*':
                var columns = Arg(data, i + 3) | Arg(data, i + 4) << 8;
                return 5 + columns * (n is 0 or 1 ? 1 : 3);
            case '&':
                return UserDefinedCharacters(data, i);
            case ' ' or '-' or '3' or '=' or '?' or 'E' or 'G' or 'M' or 'R' or 'T' or 'V' or 'e'
                or 'r' or 'u' or '{' or '%':
                return 3;
            default:
                return 2;
        }
    }

    private static long Gs(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        if (i + 1 >= data.Length)
        {
            return 1;
        }
        var n = Arg(data, i + 2);
        switch ((char)data[i + 1])
        {
            case '!':
                page.CharWidth = (n >> 4 & 0x07) + 1;
                return 3;
            case 'V':
                page.Block("[CUT]");
                return n is 65 or 66 or 97 or 98 or 103 or 104 ? 4 : 3;
            case 'k':
                return Barcode(data, i, page);
            case '(':
                return Function(data, i, page);
            case 'v':
                return Raster(data, i, page);
            case '8':
                return LongGraphics(data, i, page);
            case '*':
                return 4 + n * Arg(data, i + 3) * 8;
            case '$' or 'L' or 'W' or '\\' or 'P':
                return 4;
            case '^':
                return 5;
            case ':':
                return 2;
            default:
                return 3;
        }
    }

    private static int Fs(ReadOnlySpan<byte> data, int i, DecoderPage page)
    {
        if (i + 1 >= data.Length)
        {
            return 1;
        }
        switch ((char)data[i + 1])
        {
            case '&':
                page.SetChinese(true);
                return 2;
            case '.':
                page.SetChinese(false);
                return 2;
            case '2':
                // FS 2 c1 c2 and a 24×24 glyph of 72 bytes.
                return 76;
            case 'S' or 'p':
                return 4;
            case '(':
                return 5 + (Arg(data, i + 3) | Arg(data, i + 4) << 8);
            default:
                return 3;
        }
    }

    // Real-time commands (DLE EOT n, DLE ENQ n, DLE DC4 fn …) print nothing.
    private static int Dle(ReadOnlySpan<byte> data, int i)
    {
        if (i + 2 >= data.Length)
        {
            return data.Length - i;
        }
        return data[i + 1] == 0x14 ? Arg(data, i + 2) switch { 1 or 2 => 5, 7 => 4, 8 => 10, _ => 3 } : 3;
    }

    private static int UserDefinedCharacters(ReadOnlySpan<byte> data, int i)
    {
        var rows = Arg(data, i + 2);
        var first = Arg(data, i + 3);
        var last = Arg(data, i + 4);
        var position = i + 5;
        for (var c = first; c <= last && position < data.Length; c++)
        {
            position += 1 + rows * data[position];
        }
        return position - i;
    }

    private static int Arg(ReadOnlySpan<byte> data, int index) => index < data.Length ? data[index] : 0;

    private static string Readable(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
