using System.Text;

namespace Warehouse.Hardware.EscPos;

internal static class TextEncodings
{
    // Taken from the provider directly so the library never changes the process-wide encoding registry.
    public static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    // Power-on code page of ESC/POS printers (ESC t 0).
    public static readonly Encoding Pc437 = CodePagesEncodingProvider.Instance.GetEncoding(437)!;
}
