using ZXing;
using ZXing.OneD;

namespace Warehouse.Hardware.Barcodes;

/// <summary>
/// The modules of a Code 128 or GS1-128 symbol drawn as a picture, from ZXing.Net's writer (code sets chosen by it,
/// FNC1 at the start and after every variable-length GS1 element that is not last). Our own <see cref="Code128"/>
/// encoder stays only for the printer-native ESC/POS <c>GS k</c> path, which needs code-set codewords ZXing.Net keeps
/// to itself.
/// </summary>
public sealed record Code128Modules(string Pattern, string HumanReadable)
{
    // ZXing.Net's escape for FNC1 inside Code 128 content.
    internal const char Fnc1 = '\u00f1';

    /// <summary>
    /// Encodes ASCII <paramref name="data"/>, or with <paramref name="gs1"/> GS1 data in parenthesised form,
    /// e.g. "(01)09506000134352(17)271231(10)L1".
    /// </summary>
    /// <exception cref="ArgumentException">Empty data, a character outside ASCII, or invalid GS1 data.</exception>
    public static Code128Modules Encode(string data, bool gs1 = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        string content, text;
        if (gs1)
        {
            var elements = Gs1Symbols.Elements(data);
            content = Fnc1 + Gs1.ToElementString([.. elements], Fnc1);
            text = Gs1.ToHumanForm(elements);
        }
        else
        {
            if (data.Length == 0 || data.Any(c => c > 127))
            {
                throw new ArgumentException($"Code 128 carries ASCII only, not \"{data}\".", nameof(data));
            }
            (content, text) = (data, data);
        }
        var matrix = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 1,
            new Dictionary<EncodeHintType, object> { [EncodeHintType.MARGIN] = 0 });
        var pattern = string.Concat(Enumerable.Range(0, matrix.Width).Select(x => matrix[x, 0] ? '1' : '0'));
        return new Code128Modules(pattern.TrimEnd('0'), text);
    }
}
