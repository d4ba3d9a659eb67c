using System.Text;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// GS1 element strings: the Application Identifier (AI) table of the GS1 General Specifications
/// (lengths and character sets), the parenthesised human form "(01)…(10)…", the transmitted form with
/// GS (0x1D) separators, and the mod-10 check digit.
/// </summary>
public static partial class Gs1
{
    /// <summary>The separator a scanner transmits for FNC1 after a variable-length element.</summary>
    public const char GroupSeparator = '\u001D';

    // GS1 General Specifications: element strings whose AI starts with these two digits have a
    // predefined length and never need an FNC1 separator after them.
    private static readonly HashSet<string> PredefinedLengthPrefixes =
        ["00", "01", "02", "03", "04", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "31", "32", "33", "34", "35", "36", "41"];

    // GS1 invariant character set 82 (CSET 82), used by alphanumeric AIs.
    private const string Cset82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private static readonly Dictionary<string, Ai> Table = BuildTable();

    internal sealed record Ai(string Code, int MinLength, int MaxLength, bool Numeric)
    {
        public bool PredefinedLength => PredefinedLengthPrefixes.Contains(Code[..2]);

        public bool IsDate => Code is "11" or "12" or "13" or "15" or "16" or "17";

        public bool HasCheckDigit => Code is "00" or "01" or "02" || (Code.Length == 3 && Code.StartsWith("41", StringComparison.Ordinal));
    }

    /// <summary>Whether the last digit of <paramref name="digits"/> is its GS1 mod-10 check digit.</summary>
    public static bool HasValidCheckDigit(string digits) =>
        digits.Length >= 2 && digits.All(char.IsAsciiDigit) && CheckDigit(digits.AsSpan(0, digits.Length - 1)) == digits[^1] - '0';

    /// <summary>The GS1 mod-10 check digit of the digits that precede it.</summary>
    public static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = (digits.Length - i) % 2 == 1 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    internal static string ToHumanForm(IEnumerable<KeyValuePair<string, string>> elements) =>
        string.Concat(elements.Select(e => $"({e.Key}){e.Value}"));

    internal static string ToElementString(IReadOnlyList<KeyValuePair<string, string>> elements, char separator)
    {
        var text = new StringBuilder();
        for (var i = 0; i < elements.Count; i++)
        {
            text.Append(elements[i].Key).Append(elements[i].Value);
            if (i < elements.Count - 1 && !Table[elements[i].Key].PredefinedLength)
            {
                text.Append(separator);
            }
        }
        return text.ToString();
    }

    /// <summary>Parses "(01)09506000134352(10)ABC" into validated (AI, value) pairs.</summary>
    internal static bool TryParseHumanForm(string text, out List<KeyValuePair<string, string>> elements, out string error)
    {
        elements = [];
        if (AiInParentheses(text, 0) is null)
        {
            error = "GS1 data in human form starts with an AI in parentheses, e.g. (01).";
            return false;
        }
        var position = 0;
        while (position < text.Length)
        {
            var code = AiInParentheses(text, position);
            if (code is null)
            {
                error = $"Expected an AI in parentheses at position {position + 1}.";
                return false;
            }
            position += code.Length + 2;
            var end = position;
            while (end < text.Length && AiInParentheses(text, end) is null)
            {
                end++;
            }
            if (!Table.TryGetValue(code, out var ai))
            {
                error = $"({code}) is not a known GS1 Application Identifier.";
                return false;
            }
            if (!TryAdd(elements, ai, text[position..end], out error))
            {
                return false;
            }
            position = end;
        }
        error = "";
        return true;
    }

    /// <summary>Parses the transmitted form "0109506000134352 10ABC␝21…" (GS after variable-length elements).</summary>
    internal static bool TryParseElementString(string text, out List<KeyValuePair<string, string>> elements, out string error)
    {
        elements = [];
        var position = 0;
        while (position < text.Length)
        {
            if (text[position] == GroupSeparator)
            {
                position++;
                continue;
            }
            var ai = FindAi(text, position);
            if (ai is null)
            {
                error = $"No known GS1 Application Identifier at position {position + 1} (\"{Excerpt(text, position)}\").";
                return false;
            }
            position += ai.Code.Length;
            int end;
            if (ai.PredefinedLength)
            {
                end = Math.Min(position + ai.MaxLength, text.Length);
            }
            else
            {
                end = text.IndexOf(GroupSeparator, position);
                end = end < 0 ? text.Length : end;
            }
            if (!TryAdd(elements, ai, text[position..end], out error))
            {
                return false;
            }
            position = end;
        }
        if (elements.Count == 0)
        {
            error = "The GS1 code holds no element strings.";
            return false;
        }
        error = "";
        return true;
    }

    private static bool TryAdd(List<KeyValuePair<string, string>> elements, Ai ai, string value, out string error)
    {
        error = Validate(ai, value) ?? "";
        if (error.Length > 0)
        {
            return false;
        }
        var existing = elements.FindIndex(e => e.Key == ai.Code);
        if (existing >= 0 && elements[existing].Value != value)
        {
            error = $"AI ({ai.Code}) appears twice with different values.";
            return false;
        }
        if (existing < 0)
        {
            elements.Add(new(ai.Code, value));
        }
        return true;
    }

    private static string? Validate(Ai ai, string value)
    {
        var lengthRule = ai.MinLength == ai.MaxLength ? $"exactly {ai.MaxLength}" : $"{ai.MinLength} to {ai.MaxLength}";
        if (value.Length < ai.MinLength || value.Length > ai.MaxLength)
        {
            return $"AI ({ai.Code}) needs {lengthRule} characters, got {value.Length} (\"{value}\").";
        }
        if (ai.Numeric && !value.All(char.IsAsciiDigit))
        {
            return $"AI ({ai.Code}) takes digits only, got \"{value}\".";
        }
        var bad = value.FirstOrDefault(c => !Cset82.Contains(c));
        if (bad != default)
        {
            return $"AI ({ai.Code}) contains '{bad}', which GS1 does not allow.";
        }
        if (ai.HasCheckDigit && !HasValidCheckDigit(value))
        {
            return $"AI ({ai.Code}) {value} has a wrong check digit (expected {CheckDigit(value.AsSpan(0, value.Length - 1))}).";
        }
        if (ai.IsDate && !IsPlausibleDate(value))
        {
            return $"AI ({ai.Code}) {value} is not a date in YYMMDD form.";
        }
        return null;
    }

    private static string? AiInParentheses(string text, int position)
    {
        if (position >= text.Length || text[position] != '(')
        {
            return null;
        }
        var close = text.IndexOf(')', position);
        var length = close - position - 1;
        if (close < 0 || length is < 2 or > 4)
        {
            return null;
        }
        var code = text.Substring(position + 1, length);
        return code.All(char.IsAsciiDigit) ? code : null;
    }

    private static Ai? FindAi(string text, int position)
    {
        for (var length = 2; length <= 4 && position + length <= text.Length; length++)
        {
            if (Table.TryGetValue(text.Substring(position, length), out var ai))
            {
                return ai;
            }
        }
        return null;
    }

    private static string Excerpt(string text, int position) =>
        text.Substring(position, Math.Min(8, text.Length - position)).Replace(GroupSeparator, ' ');
}
