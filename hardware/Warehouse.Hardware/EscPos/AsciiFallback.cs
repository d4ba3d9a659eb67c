using System.Globalization;
using System.Text;

namespace Warehouse.Hardware.EscPos;

/// <summary>The text transformation behind <see cref="PrinterEncoding.Ascii"/>.</summary>
public static class AsciiFallback
{
    private static readonly Dictionary<int, string> Punctuation = new()
    {
        ['—'] = "-", ['–'] = "-", ['―'] = "-", ['‘'] = "'", ['’'] = "'", ['“'] = "\"", ['”'] = "\"",
        ['…'] = "...", ['·'] = ".", ['•'] = "*", ['×'] = "x", ['÷'] = "/", ['¥'] = "Y", ['€'] = "EUR",
        ['°'] = "deg", ['。'] = ".", ['、'] = ",", ['《'] = "<", ['》'] = ">", ['〈'] = "<", ['〉'] = ">",
        ['【'] = "[", ['】'] = "]", ['「'] = "\"", ['」'] = "\"", ['『'] = "\"", ['』'] = "\"", ['〜'] = "~",
    };

    /// <summary>
    /// Returns printable ASCII: compatibility forms are folded (Ａ１ → A1, é → e), common punctuation
    /// is spelled out (— → -, “ ” → ", … → ...), and every other character becomes '?'.
    /// </summary>
    public static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                result.Append((char)rune.Value);
            }
            else if (Punctuation.TryGetValue(rune.Value, out var spelled))
            {
                result.Append(spelled);
            }
            else
            {
                result.Append(Fold(rune));
            }
        }
        return result.ToString();
    }

    private static string Fold(Rune rune)
    {
        var decomposed = rune.ToString().Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (c < 0x80)
            {
                folded.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                return "?";
            }
        }
        return folded.Length > 0 ? folded.ToString() : "?";
    }
}
