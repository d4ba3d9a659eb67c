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
public sealed partial class EscPosBuilder
{
    private readonly ArrayBufferWriter<byte> _out = new(1024);
    private TextAlign _align = TextAlign.Left;
    private int _charWidth = 1;

    /// <summary>
    /// Starts a job for the given paper and text encoding. A printer that <paramref name="startsInChineseMode"/>
    /// (Xprinter-type) takes GB18030 without FS &amp;, which some of them do not understand.
    /// </summary>
    public EscPosBuilder(PaperWidth width = PaperWidth.Mm80, PrinterEncoding encoding = PrinterEncoding.Gb18030,
        bool startsInChineseMode = false)
    {
        Width = width;
        Encoding = encoding;
        Write(ControlBytes.Esc, (byte)'@');
        if (encoding == PrinterEncoding.Gb18030 && !startsInChineseMode)
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
