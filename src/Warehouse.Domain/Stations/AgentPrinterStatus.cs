namespace Warehouse.Domain.Stations;

/// How a printer on a station agent's PC last said it was, as the agent read it back from the printer.
public enum AgentPrinterStatus
{
    Online,
    PaperOut,
    CoverOpen,
    Error,
    Offline,
    /// The printer cannot report its status (a device file); it is written to blind.
    Unknown,
}
