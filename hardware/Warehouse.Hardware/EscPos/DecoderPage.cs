using System.Text;

namespace Warehouse.Hardware.EscPos;

// The line being printed and the printer state that shapes it.
internal sealed class DecoderPage(int columns, bool chineseDefault)
{
    private readonly StringBuilder _line = new();
    private readonly List<byte> _pendingBytes = [];
    private int _lineColumns;
    private TextAlign _lineAlign;
    private bool _chinese = chineseDefault;
    private int _codePage;

    public List<string> Lines { get; } = [];

    public TextAlign Align { get; set; }

    public int CharWidth { get; set; } = 1;

    public byte[]? QrData { get; set; }

    /// The ESC t code page for text outside Chinese mode.
    public int CodePage
    {
        get => _codePage;
        set
        {
            DecodePending();
            _codePage = value;
        }
    }

    /// ESC $: continue the line at an absolute position (dots from the left margin, 12 dots a column).
    public void MoveTo(int dots)
    {
        var column = dots / 12;
        if (column > _lineColumns && column < columns)
        {
            DecodePending();
            _line.Append(' ', column - _lineColumns);
            _lineColumns = column;
        }
    }

    public void Initialise()
    {
        Align = TextAlign.Left;
        CharWidth = 1;
        CodePage = 0;
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
        var encoding = _chinese ? TextEncodings.Gb18030 : TextEncodings.ForCodePage(_codePage);
        _line.Append(encoding.GetString(_pendingBytes.ToArray()));
        _pendingBytes.Clear();
    }
}
