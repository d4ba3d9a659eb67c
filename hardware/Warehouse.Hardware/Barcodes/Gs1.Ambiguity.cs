namespace Warehouse.Hardware.Barcodes;

// A keyboard-wedge scanner that drops the group separator (GS) glues a variable-length field to the
// element after it: "(10)L1 GS (17)271231" arrives as lot "L117271231" with no expiry. The data alone
// cannot say where the lot ends, so such a string is refused rather than guessed.
public static partial class Gs1
{
    /// <summary>
    /// The first variable-length element whose value ends in what reads as complete element strings
    /// opening with a date or a check-digit key (GTIN, SSCC), as when a GS separator was lost; null when
    /// no element looks like that. Other fixed-length AIs (e.g. (20) two digits) are too easily read into
    /// ordinary lots such as "LOT-2026" to count.
    /// </summary>
    internal static string? RunOnField(IEnumerable<KeyValuePair<string, string>> elements)
    {
        foreach (var (code, value) in elements)
        {
            if (Table[code].PredefinedLength)
            {
                continue;
            }
            for (var split = 1; split < value.Length - 1; split++)
            {
                var tail = value[split..];
                if (FindAi(tail, 0) is { } hiddenAi && (hiddenAi.IsDate || hiddenAi.HasCheckDigit)
                    && TryParseElementString(tail, out var hidden, out _))
                {
                    return $"({code}){value[..split]} {ToHumanForm(hidden)}";
                }
            }
        }
        return null;
    }
}
