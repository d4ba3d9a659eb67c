using System.Text;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.EscPos;

/// <summary>
/// Renders ESC/POS bytes as the receipt a printer would produce, in readable UTF-8: text (GB18030 while
/// Chinese mode FS &amp; is on), "[CODE128 data]", "[QR data]", "[IMAGE w×h]" and "[CUT]". Accepts any
/// bytes: unknown or truncated commands are skipped, it never throws.
/// </summary>
public static class EscPosDecoder
{
    /// <summary>Decodes a job printed on paper of the given width (used for wrapping and alignment).</summary>
    public static DecodedReceipt Decode(ReadOnlySpan<byte> data, PaperWidth width = PaperWidth.Mm80)
    {
        var page = new Page(width.Columns());
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

    private static int Esc(ReadOnlySpan<byte> data, int i, Page page)
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
            case '$' or '\\' or 'c':
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
                or 'r' or 't' or 'u' or '{' or '%':
                return 3;
            default:
                return 2;
        }
    }

    private static long Gs(ReadOnlySpan<byte> data, int i, Page page)
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
                return 7 + ((long)Arg(data, i + 3) | (long)Arg(data, i + 4) << 8 | (long)Arg(data, i + 5) << 16 | (long)Arg(data, i + 6) << 24);
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

    private static int Fs(ReadOnlySpan<byte> data, int i, Page page)
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
                return 77;
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

    private static int Barcode(ReadOnlySpan<byte> data, int i, Page page)
    {
        var m = Arg(data, i + 2);
        if (m <= 6)
        {
            var end = data[Math.Min(i + 3, data.Length)..].IndexOf((byte)0);
            return end < 0 ? data.Length - i : end + 4;
        }
        var length = Arg(data, i + 3);
        if (m == 73)
        {
            var start = Math.Min(i + 4, data.Length);
            var text = EscPosCode128.FromCommandData(data.Slice(start, Math.Min(length, data.Length - start)), out var gs1);
            if (gs1 && Gs1.TryParseElementString(text, out var elements, out _))
            {
                text = Gs1.ToHumanForm(elements);
            }
            page.Block($"[CODE128 {Readable(text)}]");
        }
        return 4 + length;
    }

    // GS ( x pL pH …: QR code functions when x is 'k' and cn is 49; everything else is skipped by its length.
    private static int Function(ReadOnlySpan<byte> data, int i, Page page)
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
        return 5 + length;
    }

    private static long Raster(ReadOnlySpan<byte> data, int i, Page page)
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

    // The line being printed and the printer state that shapes it.
    private sealed class Page(int columns)
    {
        private readonly StringBuilder _line = new();
        private readonly List<byte> _pendingBytes = [];
        private int _lineColumns;
        private TextAlign _lineAlign;
        private bool _chinese;

        public List<string> Lines { get; } = [];

        public TextAlign Align { get; set; }

        public int CharWidth { get; set; } = 1;

        public byte[]? QrData { get; set; }

        public void Initialise()
        {
            Align = TextAlign.Left;
            CharWidth = 1;
        }

        public void SetChinese(bool on)
        {
            DecodePending();
            _chinese = on;
        }

        // One character of text (one to four bytes); returns how many bytes it used.
        public int Byte(ReadOnlySpan<byte> data, int i)
        {
            var b = data[i];
            if (b == ControlBytes.Lf)
            {
                EndLine(force: true);
                return 1;
            }
            if (b == ControlBytes.Ht)
            {
                Append([(byte)' '], 8 - _lineColumns % 8);
                return 1;
            }
            if (b < 0x20 || b == 0x7F)
            {
                return 1;
            }
            var length = 1;
            if (_chinese && b is >= 0x81 and <= 0xFE && i + 1 < data.Length)
            {
                length = data[i + 1] is >= 0x30 and <= 0x39 && i + 3 < data.Length ? 4 : 2;
            }
            Append(data.Slice(i, length), length == 1 ? 1 : 2);
            return length;
        }

        public void Block(string marker)
        {
            EndLine(force: false);
            Lines.Add(marker);
        }

        public void EndLine(bool force)
        {
            DecodePending();
            if (!force && _lineColumns == 0)
            {
                return;
            }
            var text = _line.ToString();
            var space = Math.Max(columns - _lineColumns, 0);
            var indent = _lineAlign switch
            {
                TextAlign.Center => space / 2,
                TextAlign.Right => space,
                _ => 0,
            };
            Lines.Add((new string(' ', _lineColumns == 0 ? 0 : indent) + text).TrimEnd());
            _line.Clear();
            _lineColumns = 0;
        }

        private void Append(ReadOnlySpan<byte> bytes, int width)
        {
            var physical = width * CharWidth;
            if (_lineColumns > 0 && _lineColumns + physical > columns)
            {
                EndLine(force: true);
            }
            if (_lineColumns == 0)
            {
                _lineAlign = Align;
            }
            if (bytes.Length == 1 && bytes[0] == ' ' && width > 1)
            {
                DecodePending();
                _line.Append(' ', width);
                _lineColumns += width;
                return;
            }
            _pendingBytes.AddRange(bytes);
            _lineColumns += physical;
        }

        private void DecodePending()
        {
            if (_pendingBytes.Count == 0)
            {
                return;
            }
            var encoding = _chinese ? TextEncodings.Gb18030 : TextEncodings.Pc437;
            _line.Append(encoding.GetString(_pendingBytes.ToArray()));
            _pendingBytes.Clear();
        }
    }
}
