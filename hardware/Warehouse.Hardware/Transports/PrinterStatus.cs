namespace Warehouse.Hardware.Transports;

/// <summary>Real-time printer status decoded from the answers to DLE EOT 1, 2 and 4.</summary>
/// <param name="Online">DLE EOT 1, bit 3 clear.</param>
/// <param name="CoverOpen">DLE EOT 2, bit 2.</param>
/// <param name="PaperOut">DLE EOT 2, bit 5 (stopped by paper end) or DLE EOT 4, bits 5–6 (roll paper end).</param>
/// <param name="PaperNearEnd">DLE EOT 4, bits 2–3: printing still works, paper should be replaced soon.</param>
/// <param name="Error">DLE EOT 2, bit 6: an error occurred (cutter, head temperature …).</param>
public sealed record PrinterStatus(bool Online, bool CoverOpen, bool PaperOut, bool PaperNearEnd, bool Error)
{
    /// <summary>Whether a job sent now would print.</summary>
    public bool IsReady => Problem is null;

    /// <summary>What stops the printer from printing, most specific first; null when ready.</summary>
    public PrinterFailure? Problem =>
        PaperOut ? PrinterFailure.PaperOut
        : CoverOpen ? PrinterFailure.CoverOpen
        : Error ? PrinterFailure.PrinterError
        : !Online ? PrinterFailure.Offline
        : null;

    /// <summary>Whether <paramref name="response"/> has the fixed bits of an ESC/POS status byte (0xx1xx10).</summary>
    public static bool IsStatusByte(byte response) => (response & 0x93) == 0x12;

    /// <summary>Decodes the three status bytes.</summary>
    public static PrinterStatus FromResponses(byte printer, byte offlineCause, byte paperSensor) => new(
        Online: (printer & 0x08) == 0,
        CoverOpen: (offlineCause & 0x04) != 0,
        PaperOut: (offlineCause & 0x20) != 0 || (paperSensor & 0x60) != 0,
        PaperNearEnd: (paperSensor & 0x0C) != 0,
        Error: (offlineCause & 0x40) != 0);

    /// <summary>A short English summary, e.g. "online, paper near end".</summary>
    public override string ToString()
    {
        var parts = new List<string> { Online ? "online" : "offline" };
        if (CoverOpen)
        {
            parts.Add("cover open");
        }
        if (PaperOut)
        {
            parts.Add("paper out");
        }
        else if (PaperNearEnd)
        {
            parts.Add("paper near end");
        }
        if (Error)
        {
            parts.Add("error");
        }
        return string.Join(", ", parts);
    }
}
