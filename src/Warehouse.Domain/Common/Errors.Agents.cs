namespace Warehouse.Domain.Common;

/// Refusals of a station agent's calls and of agent printer addresses.
public static partial class Errors
{
    public static DomainError AgentAddressInvalid(string address) =>
        new("AgentAddressInvalid", $"Agent printer address \"{address}\" is not usable: write agent://STATION/NAME, "
            + "with the station's name and the printer's name as its agent announces it.", address);

    public static DomainError AgentStationUnknown(string station) =>
        new("AgentStationUnknown", $"There is no active station named \"{station}\" to drive this printer.", station);

    public static DomainError AgentPrinterNameInvalid(string name) =>
        new("AgentPrinterNameInvalid", $"Printer name \"{name}\" is not usable: 1 to 40 letters, digits, '-', '_' or '.'.", name);

    public static DomainError AgentPrintersRequired() =>
        new("AgentPrintersRequired", "The agent must announce between one and ten printers, each name once.");

    public static DomainError AgentLeaseLost(long id) =>
        new("AgentLeaseLost", $"Print job {id} is no longer leased to this agent; it will be printed again.", id)
            { Kind = ErrorKind.Conflict };

    public static DomainError AgentScanInvalid() =>
        new("AgentScanInvalid", "A forwarded scan must hold 1 to 200 characters.");
}
