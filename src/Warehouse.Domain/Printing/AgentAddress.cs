using System.Text.RegularExpressions;

namespace Warehouse.Domain.Printing;

/// The address of a printer that hangs on a station agent's PC: `agent://STATION/NAME`, where STATION is the
/// station's name and NAME the printer's name as the agent announces it. The app never opens such a printer
/// itself; the station's agent leases its jobs.
public static partial class AgentAddress
{
    public const string Scheme = "agent://";

    /// The longest printer name an agent may announce.
    public const int MaxNameLength = 40;

    /// Whether <paramref name="address"/> names an agent printer at all (well-formed or not).
    public static bool IsAgent(string? address) =>
        address is not null && address.TrimStart().StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// The address of printer <paramref name="name"/> on the agent of station <paramref name="station"/>.
    public static string Of(string station, string name) => $"{Scheme}{station.Trim()}/{name.Trim()}";

    /// Splits a well-formed agent address into its station and printer names; false when it is not one.
    public static bool TryParse(string? address, out string station, out string name)
    {
        station = name = "";
        if (!IsAgent(address))
            return false;
        var rest = address!.Trim()[Scheme.Length..];
        var slash = rest.LastIndexOf('/');
        if (slash <= 0 || !IsPrinterName(rest[(slash + 1)..]))
            return false;
        station = rest[..slash].Trim();
        name = rest[(slash + 1)..];
        return station.Length > 0;
    }

    /// Printer names are what a keeper types after `--printer`: letters, digits, '-', '_' and '.'.
    public static bool IsPrinterName(string? name) => name is not null && name.Length <= MaxNameLength && PrinterName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex PrinterName();
}
