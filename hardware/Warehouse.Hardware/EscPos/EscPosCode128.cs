using System.Text;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.EscPos;

/// <summary>
/// The data of GS k m=73 (CODE128): code set selections "{A" "{B" "{C", "{S" shift, "{1" FNC1,
/// "{{" a literal '{'; in set C every byte is a value 0–99.
/// </summary>
internal static class EscPosCode128
{
    public static byte[] ToCommandData(Code128Symbol symbol)
    {
        var data = new List<byte>();
        var set = 'B';
        var shifted = false;
        // Skip the check character and stop: the printer adds them.
        for (var i = 0; i < symbol.Codewords.Count - 2; i++)
        {
            var value = symbol.Codewords[i];
            var current = shifted ? (set == 'A' ? 'B' : 'A') : set;
            shifted = false;
            switch (value)
            {
                case Code128.StartA or Code128.StartB or Code128.StartC:
                    set = (char)('A' + value - Code128.StartA);
                    data.AddRange([(byte)'{', (byte)set]);
                    break;
                case Code128.Fnc1:
                    data.AddRange("{1"u8);
                    break;
                case Code128.CodeC when current != 'C':
                    set = 'C';
                    data.AddRange("{C"u8);
                    break;
                case Code128.CodeB when current != 'B':
                    set = 'B';
                    data.AddRange("{B"u8);
                    break;
                case Code128.CodeA when current != 'A':
                    set = 'A';
                    data.AddRange("{A"u8);
                    break;
                case Code128.Shift when current != 'C':
                    shifted = true;
                    data.AddRange("{S"u8);
                    break;
                default:
                    var b = current == 'C' ? (byte)value : (byte)(current == 'A' && value >= 64 ? value - 64 : value + 32);
                    data.Add(b);
                    if (b == '{' && current != 'C')
                    {
                        data.Add(b);
                    }
                    break;
            }
        }
        return data.ToArray();
    }

    /// <summary>The characters the data encodes; FNC1 after the start is reported, later ones become GS.</summary>
    public static string FromCommandData(ReadOnlySpan<byte> data, out bool gs1)
    {
        var text = new StringBuilder();
        var set = 'B';
        var shiftNext = false;
        gs1 = false;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '{' && i + 1 < data.Length)
            {
                var code = (char)data[++i];
                switch (code)
                {
                    case 'A' or 'B' or 'C':
                        set = code;
                        continue;
                    case 'S':
                        shiftNext = true;
                        continue;
                    case '1':
                        if (text.Length == 0)
                        {
                            gs1 = true;
                        }
                        else
                        {
                            text.Append(Gs1.GroupSeparator);
                        }
                        continue;
                    case '{':
                        break;
                    default:
                        continue; // FNC2–FNC4 carry no characters
                }
            }
            if (set == 'C' && !shiftNext)
            {
                text.Append((b % 100).ToString("00"));
            }
            else
            {
                text.Append((char)(b & 0x7F));
            }
            shiftNext = false;
        }
        return text.ToString();
    }
}
