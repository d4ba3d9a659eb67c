using System.Globalization;
using System.Text;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Hardware.Zpl;

/// <summary>
/// Reads ZPL II label formats back as text, the way <see cref="EscPosDecoder"/> reads receipts: each label opens with
/// <c>[LABEL w×h]</c> (dots, from ^PW and ^LL), then one line per field in the order sent — text as printed,
/// <c>[CODE128 data]</c>, <c>[GS1-128 (01)…]</c>, <c>[QR data]</c>, <c>[DATAMATRIX data]</c>,
/// <c>[GS1-DATAMATRIX (01)…]</c> (GS1 data in parenthesised form), any other bar code as
/// <c>[BARCODE ^Bx data]</c> — and <c>[END ×copies]</c>. Field data is UTF-8 (^CI28) with ^FH hex escapes undone.
/// It accepts any bytes and never throws; unknown commands are skipped.
/// </summary>
public static class ZplDecoder
{
    /// <summary>Decodes a ZPL job.</summary>
    public static DecodedReceipt Decode(ReadOnlySpan<byte> zpl)
    {
        var state = new LabelState();
        foreach (var (name, parameters) in Commands(Encoding.UTF8.GetString(zpl)))
        {
            state.Apply(name, parameters);
        }
        state.Flush();
        return new DecodedReceipt(state.Lines);
    }

    /// <summary>Whether the job is ZPL: its first non-blank characters open a label format (^XA) or send a ~ command.</summary>
    public static bool IsZpl(ReadOnlySpan<byte> job)
    {
        var start = 0;
        while (start < job.Length && job[start] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t')
        {
            start++;
        }
        var head = job[start..];
        return head.StartsWith("^XA"u8) || head.StartsWith("^xa"u8) || (head.Length > 1 && head[0] == '~' && char.IsAsciiLetter((char)head[1]));
    }

    /// <summary>The ZPL commands of a job: name (e.g. "FD", "BC", "A@", "A") and parameter text.</summary>
    internal static IEnumerable<(string Name, string Parameters)> Commands(string zpl)
    {
        var start = zpl.IndexOfAny(['^', '~']);
        while (start >= 0 && start + 1 < zpl.Length)
        {
            var end = zpl.IndexOfAny(['^', '~'], start + 1);
            var body = end < 0 ? zpl[(start + 1)..] : zpl[(start + 1)..end];
            var nameLength = body.StartsWith('A') && (body.Length < 2 || body[1] != '@') ? 1 : Math.Min(2, body.Length);
            yield return (zpl[start] + body[..nameLength].ToUpperInvariant(), body[nameLength..]);
            start = end;
        }
    }

    private sealed class LabelState
    {
        private readonly List<string> _label = [];
        private string? _symbology;
        private char? _hexIndicator;
        private char? _escape;
        private int _width;
        private int _length;
        private bool _open;

        public List<string> Lines { get; } = [];

        public void Apply(string name, string parameters)
        {
            switch (name)
            {
                case "^XA":
                    Flush();
                    _open = true;
                    break;
                case "^PW":
                    _width = Number(parameters);
                    break;
                case "^LL":
                    _length = Number(parameters);
                    break;
                case "^FO" or "^FT":
                    _open = true;
                    break;
                case "^FH":
                    _hexIndicator = parameters.Length > 0 ? parameters[0] : '_';
                    break;
                case "^BC":
                    _symbology = parameters.Split(',').ElementAtOrDefault(5)?.Trim() == "D" ? "GS1-128" : "CODE128";
                    _escape = null;
                    break;
                case "^BQ":
                    _symbology = "QR";
                    break;
                case "^BX":
                    _symbology = "DATAMATRIX";
                    _escape = parameters.Split(',').ElementAtOrDefault(6)?.Trim() is { Length: 1 } escape ? escape[0] : '~';
                    break;
                case "^FD":
                    AddField(parameters);
                    break;
                case "^FS":
                    _symbology = null;
                    _hexIndicator = null;
                    break;
                case "^PQ":
                    _label.Add($"[END ×{Math.Max(1, Number(parameters))}]");
                    break;
                case "^XZ":
                    Flush();
                    break;
                default:
                    if (name.StartsWith("^B", StringComparison.Ordinal) && name.Length == 3 && name != "^BY")
                    {
                        _symbology = $"BARCODE {name}";
                    }
                    break;
            }
        }

        public void Flush()
        {
            if (!_open && _label.Count == 0)
            {
                return;
            }
            Lines.Add($"[LABEL {_width}×{_length}]");
            Lines.AddRange(_label);
            if (_label.Count == 0 || !_label[^1].StartsWith("[END", StringComparison.Ordinal))
            {
                Lines.Add("[END ×1]");
            }
            _label.Clear();
            _open = false;
            _symbology = null;
        }

        private void AddField(string parameters)
        {
            var data = _hexIndicator is { } indicator ? Unescape(parameters, indicator) : parameters;
            if (_symbology == "QR")
            {
                // QR field data opens with the error correction and input mode, e.g. "MA,".
                var comma = data.IndexOf(',');
                data = comma >= 0 ? data[(comma + 1)..] : data;
            }
            if (_symbology == "CODE128" && ZplGs1.FromCode128Field(data) is { } gs1128)
            {
                (_symbology, data) = ("GS1-128", gs1128);
            }
            else if (_symbology == "DATAMATRIX" && _escape is { } escape && ZplGs1.FromDataMatrixField(data, escape) is { } gs1Matrix)
            {
                (_symbology, data) = ("GS1-DATAMATRIX", gs1Matrix);
            }
            _label.Add(_symbology is null ? data : $"[{_symbology} {data}]");
            _open = true;
        }

        private static int Number(string text) =>
            int.TryParse(text.Split(',')[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

        private static string Unescape(string data, char indicator)
        {
            var bytes = new List<byte>();
            for (var i = 0; i < data.Length; i++)
            {
                if (data[i] == indicator && i + 2 < data.Length
                    && byte.TryParse(data.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
                {
                    bytes.Add(b);
                    i += 2;
                }
                else
                {
                    var length = char.IsHighSurrogate(data[i]) && i + 1 < data.Length ? 2 : 1;
                    bytes.AddRange(Encoding.UTF8.GetBytes(data.Substring(i, length)));
                    i += length - 1;
                }
            }
            return Encoding.UTF8.GetString([.. bytes]);
        }
    }
}
