using System.Text;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// Code 128 encoder (ISO/IEC 15417): ASCII 0–127, shortest encoding with code sets A, B and C, and
/// GS1-128 with FNC1. It is ours because the printer-native ESC/POS <c>GS k</c> command takes code-set
/// characters and codewords that we must choose ourselves, and ZXing.Net only gives out the drawn bars; GS1 labels
/// drawn as pictures come from ZXing.Net (<see cref="Gs1Symbols"/>).
/// </summary>
public static class Code128
{
    /// <summary>Value of the shift character (next character from the other of sets A and B).</summary>
    public const int Shift = 98;

    /// <summary>Value of "Code C" in sets A and B.</summary>
    public const int CodeC = 99;

    /// <summary>Value of "Code B" in sets A and C.</summary>
    public const int CodeB = 100;

    /// <summary>Value of "Code A" in sets B and C.</summary>
    public const int CodeA = 101;

    /// <summary>Value of FNC1 in every set.</summary>
    public const int Fnc1 = 102;

    /// <summary>Values of the start characters for sets A, B and C.</summary>
    public const int StartA = 103, StartB = 104, StartC = 105;

    /// <summary>Value of the stop character.</summary>
    public const int Stop = 106;

    // Bar and space widths of symbol values 0–106 (the stop includes its final 2-module bar).
    private static readonly string[] Widths =
    [
        "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
        "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
        "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
        "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
        "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
        "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
        "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
        "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
        "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
        "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
    ];

    // In the encoder's input FNC1 is this character, which cannot occur in the data (data is ASCII).
    private const char Fnc1Char = '\uFFFF';

    private enum CodeSet { A, B, C }

    /// <summary>
    /// Encodes <paramref name="data"/> with the fewest codewords. With <paramref name="gs1"/> the data is
    /// GS1 in parenthesised form, e.g. "(01)09506000134352(10)ABC", and FNC1 is inserted at the start
    /// and after each variable-length element that is not last.
    /// </summary>
    /// <exception cref="ArgumentException">Empty data, a character outside ASCII, or invalid GS1 data.</exception>
    public static Code128Symbol Encode(string data, bool gs1 = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        string input, humanReadable;
        if (gs1)
        {
            if (!Gs1.TryParseHumanForm(data, out var elements, out var error))
            {
                throw new ArgumentException(error, nameof(data));
            }
            input = Fnc1Char + Gs1.ToElementString(elements, Fnc1Char);
            humanReadable = Gs1.ToHumanForm(elements);
        }
        else
        {
            if (data.Length == 0)
            {
                throw new ArgumentException("Code 128 data is empty.", nameof(data));
            }
            var bad = data.FirstOrDefault(c => c > 127);
            if (bad != default)
            {
                throw new ArgumentException($"Code 128 encodes ASCII only; '{bad}' (U+{(int)bad:X4}) is not ASCII.", nameof(data));
            }
            input = data;
            humanReadable = new string(data.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        }

        var codewords = Codewords(input);
        codewords.Add(Checksum(codewords));
        codewords.Add(Stop);
        return new Code128Symbol(data, humanReadable, codewords, Pattern(codewords));
    }

    /// <summary>The modulo-103 check value of a start character followed by data codewords.</summary>
    internal static int Checksum(IReadOnlyList<int> codewords)
    {
        var sum = codewords[0];
        for (var i = 1; i < codewords.Count; i++)
        {
            sum += codewords[i] * i;
        }
        return sum % 103;
    }

    private static string Pattern(IEnumerable<int> codewords)
    {
        var pattern = new StringBuilder();
        foreach (var codeword in codewords)
        {
            var bar = true;
            foreach (var width in Widths[codeword])
            {
                pattern.Append(bar ? '1' : '0', width - '0');
                bar = !bar;
            }
        }
        return pattern.ToString();
    }

    // Dynamic programme over (position, code set): cost[i, s] is the fewest codewords that encode
    // input[i..] when the symbol is in set s at position i.
    private static List<int> Codewords(string input)
    {
        var n = input.Length;
        var cost = new int[n + 1, 3];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var s = 0; s < 3; s++)
            {
                cost[i, s] = ConsumeCost(input, i, (CodeSet)s, cost);
            }
            for (var s = 0; s < 3; s++)
            {
                for (var other = 0; other < 3; other++)
                {
                    if (other != s)
                    {
                        cost[i, s] = Math.Min(cost[i, s], 1 + ConsumeCost(input, i, (CodeSet)other, cost));
                    }
                }
            }
        }

        var set = StartSet(input, cost);
        var codewords = new List<int> { set switch { CodeSet.A => StartA, CodeSet.B => StartB, _ => StartC } };
        var position = 0;
        while (position < n)
        {
            if (ConsumeCost(input, position, set, cost) != cost[position, (int)set])
            {
                var next = new[] { CodeSet.C, CodeSet.B, CodeSet.A }
                    .First(s => s != set && 1 + ConsumeCost(input, position, s, cost) == cost[position, (int)set]);
                codewords.Add(next switch { CodeSet.A => CodeA, CodeSet.B => CodeB, _ => CodeC });
                set = next;
            }
            position += Consume(input, position, set, cost, codewords);
        }
        return codewords;
    }

    // ISO/IEC 15417 Annex E: start in C for data opening with four digits (or FNC1 and two digits, or
    // is exactly two digits); otherwise the cheapest of B and A, preferring B.
    private static CodeSet StartSet(string input, int[,] cost)
    {
        var digits = input.TakeWhile(char.IsAsciiDigit).Count();
        var afterFnc1 = input.Length > 0 && input[0] == Fnc1Char ? input.Skip(1).TakeWhile(char.IsAsciiDigit).Count() : 0;
        var cheapest = Math.Min(cost[0, 0], Math.Min(cost[0, 1], cost[0, 2]));
        if (cost[0, (int)CodeSet.C] == cheapest && (digits >= 4 || (digits == 2 && input.Length == 2) || afterFnc1 >= 2))
        {
            return CodeSet.C;
        }
        if (cost[0, (int)CodeSet.B] == cheapest)
        {
            return CodeSet.B;
        }
        return cost[0, (int)CodeSet.A] == cheapest ? CodeSet.A : CodeSet.C;
    }

    // Cost of consuming the next character(s) in `set` without changing set; int.MaxValue / 2 if impossible.
    private static int ConsumeCost(string input, int i, CodeSet set, int[,] cost)
    {
        const int impossible = int.MaxValue / 2;
        var c = input[i];
        if (c == Fnc1Char)
        {
            return 1 + cost[i + 1, (int)set];
        }
        if (set == CodeSet.C)
        {
            return i + 1 < input.Length && char.IsAsciiDigit(c) && char.IsAsciiDigit(input[i + 1])
                ? 1 + cost[i + 2, (int)set]
                : impossible;
        }
        var direct = InSet(c, set) ? 1 : 2; // else shift to the other of A/B for one character
        return direct + cost[i + 1, (int)set];
    }

    private static int Consume(string input, int i, CodeSet set, int[,] cost, List<int> codewords)
    {
        var c = input[i];
        if (c == Fnc1Char)
        {
            codewords.Add(Fnc1);
            return 1;
        }
        if (set == CodeSet.C)
        {
            codewords.Add((c - '0') * 10 + (input[i + 1] - '0'));
            return 2;
        }
        if (InSet(c, set))
        {
            codewords.Add(Value(c, set));
        }
        else
        {
            codewords.Add(Shift);
            codewords.Add(Value(c, set == CodeSet.A ? CodeSet.B : CodeSet.A));
        }
        return 1;
    }

    private static bool InSet(char c, CodeSet set) => set == CodeSet.A ? c < 96 : c >= 32;

    private static int Value(char c, CodeSet set) => set == CodeSet.A && c < 32 ? c + 64 : c - 32;
}
