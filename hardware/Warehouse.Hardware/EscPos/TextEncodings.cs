using System.Text;

namespace Warehouse.Hardware.EscPos;

internal static class TextEncodings
{
    // Taken from the provider directly so the library never changes the process-wide encoding registry.
    public static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    // Power-on code page of ESC/POS printers (ESC t 0).
    public static readonly Encoding Pc437 = CodePagesEncodingProvider.Instance.GetEncoding(437)!;

    // ESC t n → Windows code page of the common ESC/POS tables; unknown tables read as PC437.
    private static readonly Dictionary<int, Encoding> Tables = new()
    {
        [0] = Pc437, [2] = Page(850), [3] = Page(860), [4] = Page(863), [5] = Page(865),
        [16] = Page(1252), [17] = Page(866), [18] = Page(852), [19] = Page(858),
    };

    /// <summary>The text encoding of ESC t table <paramref name="table"/>.</summary>
    public static Encoding ForCodePage(int table) => Tables.GetValueOrDefault(table, Pc437);

    private static Encoding Page(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
}
