using System.Net;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Hardware.Simulation;

/// <summary>What the virtual printer pretends to be.</summary>
public enum SimulatedPrinterMode
{
    /// <summary>Prints every job and reports online.</summary>
    Healthy,

    /// <summary>Reports paper out (offline, paper end) and prints nothing.</summary>
    PaperOut,

    /// <summary>Reports offline (waiting for online recovery) and prints nothing.</summary>
    Offline,

    /// <summary>Reports cover open (offline) and prints nothing.</summary>
    CoverOpen,
}

/// <summary>Settings of a <see cref="PrinterSimulator"/>.</summary>
public sealed record PrinterSimulatorOptions
{
    /// <summary>TCP port to listen on; 0 picks a free one (read it from <see cref="PrinterSimulator.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>Address to listen on (default loopback only).</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Where job-NNNN.bin and job-NNNN.txt are written; null keeps jobs in memory only.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Paper width used to decode jobs.</summary>
    public PaperWidth Width { get; init; } = PaperWidth.Mm80;

    /// <summary>ESC/POS receipt printer (default) or ZPL label printer.</summary>
    public PrinterLanguage Language { get; init; } = PrinterLanguage.EscPos;

    /// <summary>Whether the printer starts in Chinese mode, taking GB18030 without FS &amp; (Xprinter-type).</summary>
    public bool ChineseDefault { get; init; }

    /// <summary>Initial mode; change it at run time with <see cref="PrinterSimulator.Mode"/>.</summary>
    public SimulatedPrinterMode Mode { get; init; } = SimulatedPrinterMode.Healthy;

    /// <summary>A connection that sends nothing for this long is closed and its job completed (default 30 s).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>A job the virtual printer received on one connection.</summary>
/// <param name="Number">Job number, counting on from the files already in the output directory.</param>
/// <param name="Printed">False when the printer was not <see cref="SimulatedPrinterMode.Healthy"/>; nothing is written then.</param>
/// <param name="Data">The bytes received (status requests included).</param>
/// <param name="Text">The decoded receipt.</param>
/// <param name="BinPath">The raw bytes file, when written.</param>
/// <param name="TextPath">The decoded text file, when written.</param>
public sealed record SimulatedJob(int Number, bool Printed, byte[] Data, string Text, string? BinPath, string? TextPath);
