using System.Globalization;
using System.Text;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.Zpl;

/// <summary>
/// GS1 field data for ZPL II. <c>^BC</c> (no mode) takes invocation codes: <c>&gt;;</c> starts in subset C, <c>&gt;8</c>
/// is FNC1, <c>&gt;5</c>/<c>&gt;6</c> switch to subset C/B, <c>&gt;&lt;</c> is a literal '&gt;'. <c>^BX</c> at quality 200
/// with escape character <c>_</c> takes <c>_1</c> for FNC1 and <c>_dNNN</c> for the character of decimal value NNN
/// (GS between variable-length elements, and '_' itself).
/// </summary>
internal static class ZplGs1
{
    /// <summary>The escape character our GS1 Data Matrix fields declare in <c>^BX</c>.</summary>
    public const char DataMatrixEscape = '_';

    public static string Code128Field(string humanForm)
    {
        var content = Gs1.ToElementString([.. Gs1Symbols.Elements(humanForm)], Gs1.GroupSeparator);
        var field = new StringBuilder(">;>8");
        var subsetC = true;
        for (var i = 0; i < content.Length;)
        {
            var digits = DigitRun(content, i);
            if (content[i] == Gs1.GroupSeparator)
            {
                field.Append(">8");
                i++;
            }
            else if (digits >= 2 && (subsetC || digits >= 4))
            {
                field.Append(subsetC ? "" : ">5").Append(content, i, 2);
                (subsetC, i) = (true, i + 2);
            }
            else
            {
                field.Append(subsetC ? ">6" : "").Append(content[i] == '>' ? "><" : content[i].ToString());
                (subsetC, i) = (false, i + 1);
            }
        }
        return field.ToString();
    }

    public static string DataMatrixField(string humanForm)
    {
        var content = Gs1.ToElementString([.. Gs1Symbols.Elements(humanForm)], Gs1.GroupSeparator);
        var field = new StringBuilder("_1");
        foreach (var c in content)
        {
            field.Append(c is Gs1.GroupSeparator or DataMatrixEscape ? $"_d{(int)c:000}" : c.ToString());
        }
        return field.ToString();
    }

    /// <summary>The GS1 elements of a <c>^BC</c> field that opens with FNC1, in parenthesised form; null when it is no GS1 field.</summary>
    public static string? FromCode128Field(string data)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != '>' || i + 1 >= data.Length)
            {
                text.Append(data[i]);
                continue;
            }
            var code = data[++i];
            text.Append(code switch { '8' => Gs1.GroupSeparator.ToString(), '<' => ">", '0' => ">", _ => "" });
        }
        return HumanForm(text.ToString());
    }

    /// <summary>The GS1 elements of a <c>^BX</c> field that opens with the escaped FNC1; null when it is no GS1 field.</summary>
    public static string? FromDataMatrixField(string data, char escape)
    {
        var text = new StringBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != escape || i + 1 >= data.Length)
            {
                text.Append(data[i]);
            }
            else if (data[i + 1] == '1')
            {
                text.Append(Gs1.GroupSeparator);
                i++;
            }
            else if (data[i + 1] == 'd' && i + 4 < data.Length
                && int.TryParse(data.AsSpan(i + 2, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                text.Append((char)value);
                i += 4;
            }
        }
        return HumanForm(text.ToString());
    }

    // A leading separator stands for the FNC1 that marks GS1 data.
    private static string? HumanForm(string transmitted) =>
        transmitted.Length > 1 && transmitted[0] == Gs1.GroupSeparator
            && Gs1.TryParseElementString(transmitted[1..], out var elements, out _)
            ? Gs1.ToHumanForm(elements)
            : null;

    private static int DigitRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return end - start;
    }
}
