using System.Buffers;
using System.Text;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.EscPos;

/// <summary>
/// Builds the bytes of an ESC/POS print job. The builder starts with ESC @ (initialise) and, for
/// <see cref="PrinterEncoding.Gb18030"/>, FS &amp; (Chinese character mode). Layout helpers know the
/// paper width (32 or 48 columns) and count a Chinese character as two columns. It never touches a
/// device: send <see cref="ToArray"/> through an <c>IPrinterTransport</c>.
/// </summary>
public sealed class EscPosBuilder
{
    private readonly ArrayBufferWriter<byte> _out = new(1024);
    private TextAlign _align = TextAlign.Left;
    private int _charWidth = 1;

    /// <summary>Starts a job for the given paper and text encoding.</summary>
    public EscPosBuilder(PaperWidth width = PaperWidth.Mm80, PrinterEncoding encoding = PrinterEncoding.Gb18030)
    {
        Width = width;
        Encoding = encoding;
        Write(ControlBytes.Esc, (byte)'@');
        if (encoding == PrinterEncoding.Gb18030)
        {
            Write(ControlBytes.Fs, (byte)'&');
        }
    }

    /// <summary>The paper the layout helpers fill.</summary>
    public PaperWidth Width { get; }

    /// <summary>How text is encoded.</summary>
    public PrinterEncoding Encoding { get; }

    /// <summary>Columns on a line at the current character width (halved by double width).</summary>
    public int Columns => Width.Columns() / _charWidth;

    /// <summary>Sets the alignment of the following lines, barcodes and images (ESC a n).</summary>
    public EscPosBuilder Align(TextAlign align)
    {
        if (align != _align)
        {
            _align = align;
            Write(ControlBytes.Esc, (byte)'a', (byte)align);
        }
        return this;
    }

    /// <summary>Turns emphasised (bold) printing on or off (ESC E n).</summary>
    public EscPosBuilder Bold(bool on = true) => Write(ControlBytes.Esc, (byte)'E', on ? (byte)1 : (byte)0);

    /// <summary>Turns one-dot underline on or off (ESC - n).</summary>
    public EscPosBuilder Underline(bool on = true) => Write(ControlBytes.Esc, (byte)'-', on ? (byte)1 : (byte)0);

    /// <summary>Sets character magnification, 1–8 each way (GS ! n); <c>Size(2, 2)</c> is double width and height.</summary>
    public EscPosBuilder Size(int width = 1, int height = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 8);
        _charWidth = width;
        return Write(ControlBytes.Gs, (byte)'!', (byte)((width - 1) << 4 | (height - 1)));
    }

    /// <summary>Writes text at the current position without a line feed and without wrapping.</summary>
    public EscPosBuilder Text(string text) => WriteText(Printable(text).Replace('\n', ' '));

    /// <summary>Prints text as one or more lines, wrapped to <see cref="Columns"/>; '\n' starts a new line.</summary>
    public EscPosBuilder Line(string text = "", TextAlign align = TextAlign.Left)
    {
        Align(align);
        foreach (var line in TextWidth.Wrap(Printable(text), Columns))
        {
            WriteText(line).Write(ControlBytes.Lf);
        }
        return this;
    }

    /// <summary>Feeds <paramref name="lines"/> blank lines after printing what is buffered (ESC d n).</summary>
    public EscPosBuilder Feed(int lines = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lines, 255);
        return Write(ControlBytes.Esc, (byte)'d', (byte)lines);
    }

    /// <summary>
    /// Prints a row with <paramref name="left"/> flush left and <paramref name="right"/> flush right on
    /// the first line, e.g. an item name and its quantity. A long left text wraps below, never into the
    /// right column; a right text wider than two thirds of the line goes on its own line.
    /// </summary>
    public EscPosBuilder TwoColumns(string left, string right)
    {
        Align(TextAlign.Left);
        var columns = Columns;
        var rightText = Printable(right).Replace('\n', ' ').Trim();
        var rightWidth = TextWidth.OnPrinter(rightText);
        var leftColumns = columns - rightWidth - 1;
        if (leftColumns < columns / 3)
        {
            foreach (var line in TextWidth.Wrap(Printable(left), columns))
            {
                WriteLine(line);
            }
            foreach (var line in TextWidth.Wrap(rightText, columns))
            {
                WriteLine(Pad(line, columns, TextAlign.Right));
            }
            return this;
        }
        var leftLines = TextWidth.Wrap(Printable(left), leftColumns);
        WriteLine(Pad(leftLines[0], columns - rightWidth, TextAlign.Left) + rightText);
        foreach (var line in leftLines.Skip(1))
        {
            WriteLine(line);
        }
        return this;
    }

    /// <summary>
    /// Prints a table: a heading line and a rule (when any column has a header), then the rows. Cells wrap
    /// inside their column; columns are separated by one space.
    /// </summary>
    /// <exception cref="ArgumentException">The columns do not fit on the line, or a row has too many cells.</exception>
    public EscPosBuilder Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var widths = ColumnWidths(columns);
        Align(TextAlign.Left);
        if (columns.Any(c => c.Header.Length > 0))
        {
            TableRow(columns, widths, columns.Select(c => c.Header).ToList());
            Rule();
        }
        foreach (var row in rows)
        {
            if (row.Count > columns.Count)
            {
                throw new ArgumentException($"A table row has {row.Count} cells but the table has {columns.Count} columns.", nameof(rows));
            }
            TableRow(columns, widths, row);
        }
        return this;
    }

    /// <summary>Prints a full-width line of <paramref name="character"/>.</summary>
    public EscPosBuilder Rule(char character = '-')
    {
        Align(TextAlign.Left);
        var glyph = Printable(character.ToString());
        var count = Columns / Math.Max(TextWidth.OnPrinter(glyph), 1);
        return WriteLine(string.Concat(Enumerable.Repeat(glyph, count)));
    }

    /// <summary>Prints a rule and then <paramref name="text"/> centred, e.g. the print time and a thank-you.</summary>
    public EscPosBuilder Footer(string text) => Rule().Line(text, TextAlign.Center);

    /// <summary>
    /// Prints a native Code 128 barcode (GS k m=73) with the shortest code-set encoding and, when
    /// <paramref name="hri"/>, its text below (GS H 2). Module width is 3, 2 or 1 dots, the widest that
    /// fits the paper. With <paramref name="gs1"/> the data is GS1 in parenthesised form.
    /// </summary>
    /// <exception cref="ArgumentException">The data cannot be encoded or is too long for the paper.</exception>
    public EscPosBuilder Code128(string data, bool hri = true, bool gs1 = false, int height = 80, TextAlign align = TextAlign.Center)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 255);
        var symbol = Barcodes.Code128.Encode(data, gs1);
        var moduleWidth = Enumerable.Range(1, 3).Reverse().FirstOrDefault(w => symbol.Pattern.Length * w <= Width.Dots());
        var payload = EscPosCode128.ToCommandData(symbol);
        if (moduleWidth == 0 || payload.Length > 255)
        {
            throw new ArgumentException($"\"{data}\" is too long for a Code 128 barcode on {Width} paper; print it as a QR code.", nameof(data));
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
        if (bytes.Length > 7089)
        {
            throw new ArgumentException("QR data is longer than 7089 bytes.", nameof(data));
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

    /// <summary>Feeds the paper to the cutter and cuts it fully or partially (GS V 65/66 0).</summary>
    public EscPosBuilder Cut(bool partial = false) => Write(ControlBytes.Gs, (byte)'V', partial ? (byte)66 : (byte)65, 0);

    /// <summary>Opens the cash drawer / triggers the device on drawer pin 2 or 5 (ESC p m t1 t2).</summary>
    public EscPosBuilder Pulse(int pin = 2, int onMilliseconds = 100, int offMilliseconds = 500)
    {
        if (pin is not (2 or 5))
        {
            throw new ArgumentOutOfRangeException(nameof(pin), pin, "The drawer kick connector has pins 2 and 5.");
        }
        return Write(ControlBytes.Esc, (byte)'p', pin == 2 ? (byte)0 : (byte)1,
            (byte)Math.Clamp(onMilliseconds / 2, 1, 255), (byte)Math.Clamp(offMilliseconds / 2, 1, 255));
    }

    /// <summary>The job's bytes so far.</summary>
    public byte[] ToArray() => _out.WrittenSpan.ToArray();

    private void TableRow(IReadOnlyList<TableColumn> columns, int[] widths, IReadOnlyList<string> cells)
    {
        var wrapped = columns
            .Select((_, i) => TextWidth.Wrap(Printable(i < cells.Count ? cells[i] : "").Replace('\n', ' '), widths[i]))
            .ToList();
        var height = wrapped.Max(lines => lines.Count);
        for (var line = 0; line < height; line++)
        {
            var parts = columns.Select((column, i) =>
                Pad(line < wrapped[i].Count ? wrapped[i][line] : "", widths[i], column.Align));
            WriteLine(string.Join(' ', parts).TrimEnd());
        }
    }

    private int[] ColumnWidths(IReadOnlyList<TableColumn> columns)
    {
        if (columns.Count == 0 || columns.Any(c => c.Width < 0) || columns.Count(c => c.Width == 0) > 1)
        {
            throw new ArgumentException("A table needs at least one column, widths of 0 or more, and at most one column of width 0.", nameof(columns));
        }
        var used = columns.Sum(c => c.Width) + columns.Count - 1;
        if (used > Columns || (used == Columns && columns.Any(c => c.Width == 0)))
        {
            throw new ArgumentException($"The table needs {used} columns but the line has {Columns}.", nameof(columns));
        }
        return columns.Select(c => c.Width == 0 ? Columns - used : c.Width).ToArray();
    }

    private static string Pad(string text, int width, TextAlign align)
    {
        var space = Math.Max(width - TextWidth.OnPrinter(text), 0);
        return align switch
        {
            TextAlign.Right => new string(' ', space) + text,
            TextAlign.Center => new string(' ', space / 2) + text + new string(' ', space - space / 2),
            _ => text + new string(' ', space),
        };
    }

    // Control characters would be read by the printer as commands, so they never reach it from text.
    private string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n"))
        {
            clean.Append(c switch
            {
                '\n' => '\n',
                '\t' or '\r' => ' ',
                _ when char.IsControl(c) => '?',
                _ => c,
            });
        }
        var printable = clean.ToString();
        return Encoding == PrinterEncoding.Ascii ? AsciiFallback.Transliterate(printable) : printable;
    }

    private EscPosBuilder WriteLine(string text) => WriteText(text).Write(ControlBytes.Lf);

    private EscPosBuilder WriteText(string text)
    {
        var encoding = Encoding == PrinterEncoding.Gb18030 ? TextEncodings.Gb18030 : System.Text.Encoding.ASCII;
        encoding.GetBytes(text.AsSpan(), _out);
        return this;
    }

    private EscPosBuilder Write(params ReadOnlySpan<byte> bytes)
    {
        _out.Write(bytes);
        return this;
    }
}
