using System.Globalization;
using System.Text;

namespace Warehouse.Hardware.EscPos;

/// <summary>How many columns text takes on screen and on a receipt.</summary>
public static class TextWidth
{
    /// <summary>
    /// Display width in a monospaced font: CJK ideographs, kana, hangul and fullwidth forms count 2,
    /// combining marks and control characters 0, everything else 1.
    /// </summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }
        return width;
    }

    /// <summary>Display width of one character (0, 1 or 2); see <see cref="Of(string)"/>.</summary>
    public static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }
        return IsWide(rune.Value) ? 2 : 1;
    }

    /// <summary>
    /// Columns the text takes on an ESC/POS printer in Chinese mode, where every non-ASCII character
    /// is a double-byte GB18030 glyph: ASCII counts 1, anything else 2.
    /// </summary>
    public static int OnPrinter(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += OnPrinter(rune);
        }
        return width;
    }

    /// <summary>Printer columns of one character: 1 for ASCII, 2 otherwise.</summary>
    public static int OnPrinter(Rune rune) => rune.IsAscii ? 1 : 2;

    /// <summary>
    /// Breaks text into lines of at most <paramref name="columns"/> printer columns. Lines break at
    /// spaces and between CJK characters; a word longer than a line is cut. '\n' starts a new line.
    /// </summary>
    internal static List<string> Wrap(string text, int columns)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph, Math.Max(columns, 2), lines);
        }
        return lines;
    }

    private static void WrapParagraph(string paragraph, int columns, List<string> lines)
    {
        var line = new StringBuilder();
        var lineWidth = 0;
        var pendingSpaces = 0;
        foreach (var token in Tokens(paragraph))
        {
            if (token[0] == ' ')
            {
                pendingSpaces += lineWidth > 0 ? token.Length : 0;
                continue;
            }
            var tokenWidth = OnPrinter(token);
            if (lineWidth + pendingSpaces + tokenWidth <= columns)
            {
                line.Append(' ', pendingSpaces).Append(token);
                lineWidth += pendingSpaces + tokenWidth;
                pendingSpaces = 0;
                continue;
            }
            pendingSpaces = 0;
            if (lineWidth > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            foreach (var rune in token.EnumerateRunes())
            {
                var runeWidth = OnPrinter(rune);
                if (lineWidth + runeWidth > columns)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }
                line.Append(rune.ToString());
                lineWidth += runeWidth;
            }
        }
        lines.Add(line.ToString());
    }

    // Runs of spaces, single wide characters (a line may break on either side of them) and words.
    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var first = Rune.GetRuneAt(text, start);
            var end = start + first.Utf16SequenceLength;
            if (first.Value == ' ')
            {
                while (end < text.Length && text[end] == ' ')
                {
                    end++;
                }
            }
            else if (!IsWide(first.Value))
            {
                while (end < text.Length && text[end] != ' ' && !IsWide(Rune.GetRuneAt(text, end).Value))
                {
                    end += Rune.GetRuneAt(text, end).Utf16SequenceLength;
                }
            }
            yield return text[start..end];
            start = end;
        }
    }

    // East Asian Width "W" and "F" ranges (Unicode UAX #11), coarse-grained.
    private static bool IsWide(int c) =>
        c >= 0x1100 && (
            c <= 0x115F ||
            (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
            (c >= 0xAC00 && c <= 0xD7A3) ||
            (c >= 0xF900 && c <= 0xFAFF) ||
            (c >= 0xFE10 && c <= 0xFE19) ||
            (c >= 0xFE30 && c <= 0xFE6F) ||
            (c >= 0xFF00 && c <= 0xFF60) ||
            (c >= 0xFFE0 && c <= 0xFFE6) ||
            (c >= 0x1F300 && c <= 0x1F64F) ||
            (c >= 0x1F900 && c <= 0x1F9FF) ||
            (c >= 0x20000 && c <= 0x3FFFD));
}
