using System.Globalization;
using System.Text;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Zpl;

/// <summary>
/// A label printer's answer to <c>~HS</c> (host status): three strings, each framed by STX … ETX CR LF. The first
/// carries the paper-out flag (field 2), the pause flag (3) and the buffer-full flag (6); the second the head-up
/// flag (3) and the ribbon-out flag (4).
/// </summary>
public static class ZplHostStatus
{
    /// <summary>The request, as bytes.</summary>
    public static readonly byte[] Request = "~HS"u8.ToArray();

    private const char Stx = '\u0002';
    private const char Etx = '\u0003';

    /// <summary>Whether <paramref name="answer"/> holds all three strings (so reading may stop).</summary>
    public static bool IsComplete(ReadOnlySpan<byte> answer) => answer.Count((byte)0x03) >= 3;

    /// <summary>Decodes a complete answer into the status the print queue understands; null when it is not an ~HS answer.</summary>
    public static PrinterStatus? Parse(ReadOnlySpan<byte> answer)
    {
        var strings = Encoding.ASCII.GetString(answer).Split(Etx)
            .Select(s => s.Trim('\r', '\n', ' '))
            .Where(s => s.StartsWith(Stx))
            .Select(s => s[1..].Split(','))
            .ToList();
        if (strings.Count < 3 || strings[0].Length < 12 || strings[1].Length < 11)
        {
            return null;
        }
        var first = strings[0];
        var second = strings[1];
        var paperOut = Flag(first[1]);
        var paused = Flag(first[2]);
        var headUp = Flag(second[2]);
        var ribbonOut = Flag(second[3]);
        var fault = Flag(first[9]) || Flag(first[10]) || Flag(first[11]);
        return new PrinterStatus(Online: !paused, CoverOpen: headUp, PaperOut: paperOut, PaperNearEnd: false, Error: ribbonOut || fault);
    }

    /// <summary>The answer a printer in the given state sends (for the simulator and tests).</summary>
    public static byte[] Answer(bool paperOut, bool paused, bool headUp)
    {
        var first = $"030,{Bit(paperOut)},{Bit(paused)},0320,000,0,0,0,000,0,0,0";
        var second = $"001,0,{Bit(headUp)},0,0,2,6,0,00000000,1,000";
        return Encoding.ASCII.GetBytes($"{Stx}{first}{Etx}\r\n{Stx}{second}{Etx}\r\n{Stx}1234,0{Etx}\r\n");
    }

    /// <summary>
    /// Asks the printer at a <c>tcp://</c> address for its host status on a connection of its own. Other addresses
    /// cannot answer (<see cref="PrinterFailure.StatusUnavailable"/>).
    /// </summary>
    /// <exception cref="PrinterException">Unreachable, Timeout (no answer within the status timeout), BadResponse or StatusUnavailable.</exception>
    public static Task<PrinterStatus> QueryAsync(string address, PrinterTransportOptions? options = null,
        CancellationToken cancellationToken = default) =>
        HostStatusQuery.QueryAsync(address, options ?? new PrinterTransportOptions(), cancellationToken);

    private static bool Flag(string field) => field.Trim() == "1";

    private static int Bit(bool value) => value ? 1 : 0;

    internal static string Describe(ReadOnlySpan<byte> answer) =>
        answer.Length == 0 ? "nothing" : string.Create(CultureInfo.InvariantCulture, $"{answer.Length} bytes that are not an ~HS answer");
}
