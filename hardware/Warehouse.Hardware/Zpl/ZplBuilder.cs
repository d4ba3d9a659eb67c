using System.Globalization;
using System.Text;

namespace Warehouse.Hardware.Zpl;

/// <summary>
/// A fluent writer of ZPL II label formats for Zebra-compatible label printers. Each label is one
/// <c>^XA … ^XZ</c> format with <c>^CI28</c> (UTF-8), its size from the <see cref="LabelStock"/>, and fields placed
/// in dots. ASCII text uses the printer's scalable font 0; any other text (Chinese) uses the named printer font
/// through <c>^A@</c>, because font 0 has no Chinese glyphs. Field data that holds ^, ~ or \ is escaped with <c>^FH\</c>.
/// </summary>
public sealed class ZplBuilder(LabelStock stock, string chineseFont = ZplBuilder.DefaultChineseFont)
{
    /// <summary>Zebra's simplified-Chinese scalable font, when the printer has it loaded.</summary>
    public const string DefaultChineseFont = "E:ANMDS.TTF";

    private readonly StringBuilder _zpl = new();

    /// <summary>The label stock the fields are laid out for.</summary>
    public LabelStock Stock => stock;

    /// <summary>Starts a label: format start, UTF-8, label width and length, home at the top left.</summary>
    public ZplBuilder BeginLabel()
    {
        _zpl.Append(CultureInfo.InvariantCulture, $"^XA^CI28^PW{stock.WidthDots}^LL{stock.HeightDots}^LH0,0\n");
        return this;
    }

    /// <summary>A line of text <paramref name="height"/> dots high at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public ZplBuilder Text(int x, int y, int height, string text)
    {
        var font = text.All(char.IsAscii) ? $"^A0N,{height},{height}" : $"^A@N,{height},{height},{chineseFont}";
        return Field(x, y, font, text);
    }

    /// <summary>
    /// A Code 128 symbol (<c>^BC</c>, automatic code sets, check digit by the printer) with its text below;
    /// <paramref name="gs1"/> takes the parenthesised <c>(01)…(10)…</c> form and sends it as GS1-128: subset C, FNC1 first
    /// (<c>&gt;;&gt;8</c>) and FNC1 after every variable-length element that is not last.
    /// </summary>
    /// <exception cref="ArgumentException">GS1 data that is not valid.</exception>
    public ZplBuilder Code128(int x, int y, int height, string data, int moduleWidth = 2, bool gs1 = false) =>
        Field(x, y, $"^BY{moduleWidth}^BCN,{height},Y,N,N", gs1 ? ZplGs1.Code128Field(data) : data);

    /// <summary>A QR code (<c>^BQ</c>, model 2, error correction M, automatic input) of <paramref name="magnification"/> dots a module.</summary>
    public ZplBuilder QrCode(int x, int y, int magnification, string data) => Field(x, y, $"^BQN,2,{magnification}", "MA," + data);

    /// <summary>
    /// A Data Matrix symbol (<c>^BX</c>, ECC 200) of <paramref name="moduleSize"/> dots a module; <paramref name="gs1"/> takes
    /// the parenthesised form and sends it as GS1 Data Matrix (FNC1 first, GS after variable-length elements).
    /// </summary>
    /// <exception cref="ArgumentException">GS1 data that is not valid.</exception>
    public ZplBuilder DataMatrix(int x, int y, int moduleSize, string data, bool gs1 = false) => gs1
        ? Field(x, y, $"^BXN,{moduleSize},200,,,,{ZplGs1.DataMatrixEscape}", ZplGs1.DataMatrixField(data))
        : Field(x, y, $"^BXN,{moduleSize},200", data);

    /// <summary>Ends the label: <paramref name="copies"/> copies, format end.</summary>
    public ZplBuilder EndLabel(int copies = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        _zpl.Append(CultureInfo.InvariantCulture, $"^PQ{copies}^XZ\n");
        return this;
    }

    /// <summary>The ZPL written so far, as text.</summary>
    public override string ToString() => _zpl.ToString();

    /// <summary>The ZPL as the UTF-8 bytes sent to the printer.</summary>
    public byte[] ToArray() => Encoding.UTF8.GetBytes(_zpl.ToString());

    private ZplBuilder Field(int x, int y, string command, string data)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentNullException.ThrowIfNull(data);
        _zpl.Append(CultureInfo.InvariantCulture, $"^FO{x},{y}{command}");
        if (data.IndexOfAny(['^', '~', '\\']) >= 0)
        {
            _zpl.Append("^FH\\^FD").Append(Escape(data));
        }
        else
        {
            _zpl.Append("^FD").Append(data);
        }
        _zpl.Append("^FS\n");
        return this;
    }

    // ^FH\ reads \ followed by two hex digits as that byte of the UTF-8 field data.
    private static string Escape(string data)
    {
        var escaped = new StringBuilder(data.Length + 8);
        foreach (var c in data)
        {
            escaped.Append(c switch
            {
                '^' => "\\5E",
                '~' => "\\7E",
                '\\' => "\\5C",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
