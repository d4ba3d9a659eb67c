using Warehouse.Hardware.Zpl;

namespace Warehouse.Hardware.Simulation;

/// <summary>The printer languages the simulator speaks.</summary>
public enum PrinterLanguage
{
    /// <summary>A receipt printer: ESC/POS, status by DLE EOT n.</summary>
    EscPos,

    /// <summary>A Zebra-compatible label printer: ZPL II, status by ~HS.</summary>
    Zpl,
}

/// <summary>
/// Finds the status requests in one connection's bytes, even split across packets, and gives the answers: real
/// printers act on DLE EOT n (ESC/POS) or ~HS (ZPL) wherever it appears. Both requests are three bytes long.
/// </summary>
internal sealed class StatusRequestScanner(PrinterLanguage language)
{
    public const int RequestLength = 3;

    private int _matched; // bytes of the request seen so far

    /// <summary>How many requests were answered.</summary>
    public int Count { get; private set; }

    public List<byte[]> Scan(ReadOnlySpan<byte> data, SimulatedPrinterMode mode)
    {
        var answers = new List<byte[]>();
        foreach (var b in data)
        {
            if (language == PrinterLanguage.Zpl)
            {
                _matched = Next(_matched, char.ToUpperInvariant((char)b), "~HS");
                if (_matched == 3)
                {
                    answers.Add(HostStatus(mode));
                    _matched = 0;
                }
                continue;
            }
            if (_matched == 2 && b is >= 1 and <= 4)
            {
                answers.Add([StatusByte(mode, b)]);
            }
            _matched = b == 0x10 ? 1 : _matched == 1 && b == 0x04 ? 2 : 0;
        }
        Count += answers.Count;
        return answers;
    }

    private static int Next(int matched, char c, string request) =>
        c == request[matched] ? matched + 1 : c == request[0] ? 1 : 0;

    private static byte[] HostStatus(SimulatedPrinterMode mode) => ZplHostStatus.Answer(
        paperOut: mode == SimulatedPrinterMode.PaperOut,
        paused: mode is SimulatedPrinterMode.PaperOut or SimulatedPrinterMode.Offline,
        headUp: mode == SimulatedPrinterMode.CoverOpen);

    // Status bytes as an Epson TM printer sends them: fixed bits 0x12, then
    // n=1 bit 3 offline, bit 5 waiting for online recovery; n=2 bit 2 cover open, bit 5 stopped by
    // paper end; n=4 bits 2-3 paper near end, bits 5-6 paper end.
    internal static byte StatusByte(SimulatedPrinterMode mode, byte function) => (mode, function) switch
    {
        (SimulatedPrinterMode.Healthy, _) => 0x12,
        (SimulatedPrinterMode.Offline, 1) => 0x3A,
        (_, 1) => 0x1A,
        (SimulatedPrinterMode.PaperOut, 2) => 0x32,
        (SimulatedPrinterMode.PaperOut, 4) => 0x7E,
        (SimulatedPrinterMode.CoverOpen, 2) => 0x16,
        _ => 0x12,
    };

}
