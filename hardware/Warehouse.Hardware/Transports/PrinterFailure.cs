namespace Warehouse.Hardware.Transports;

/// <summary>Why a printer operation failed.</summary>
public enum PrinterFailure
{
    /// <summary>The printer address is not a valid tcp://, serial:// or file:// URI.</summary>
    InvalidAddress,

    /// <summary>The printer could not be reached: connection refused, unknown host, no such device.</summary>
    Unreachable,

    /// <summary>The printer did not respond within the configured timeout.</summary>
    Timeout,

    /// <summary>The connection broke while talking to the printer.</summary>
    Disconnected,

    /// <summary>The printer reports it is offline.</summary>
    Offline,

    /// <summary>The printer reports it is out of paper.</summary>
    PaperOut,

    /// <summary>The printer reports its cover is open.</summary>
    CoverOpen,

    /// <summary>The printer reports an error (cutter jam, head overheated …).</summary>
    PrinterError,

    /// <summary>The printer answered a status request with bytes that are not an ESC/POS status.</summary>
    BadResponse,

    /// <summary>The transport cannot read real-time status (e.g. file://); the printer may still print.</summary>
    StatusUnavailable,
}
