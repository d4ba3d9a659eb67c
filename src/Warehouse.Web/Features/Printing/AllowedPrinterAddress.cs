using System.Globalization;
using System.Net;

namespace Warehouse.Web.Features.Printing;

/// One entry of `Printing:AllowedAddresses`: a host name, an IP address or a CIDR range, with a port, a port
/// range or `*` after a colon (`10.1.0.0/16:9100-9109`, `printer-01.depot.local:9100`, `[fd00::]/8:9100`).
/// Without a port it allows the raw-printing ports 9100–9109.
public sealed record AllowedPrinterAddress(string? HostName, IPNetwork? Network, int FirstPort, int LastPort)
{
    /// The raw-printing (JetDirect) ports: 9100 for a printer's first port, up to 9109 for print servers.
    public const int PrinterPortFirst = 9100, PrinterPortLast = 9109;

    /// Loopback and private ranges, raw-printing ports only: what is allowed when nothing is configured.
    public static readonly IReadOnlyList<string> Defaults =
    [
        "localhost", "127.0.0.0/8", "[::1]/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "[fc00::]/7",
    ];

    /// Whether a printer at <paramref name="host"/> and <paramref name="port"/> may be connected to. An IP address
    /// is matched against ranges, a name only against the same name: a name is not resolved to judge it.
    public bool Allows(string host, int port)
    {
        if (port < FirstPort || port > LastPort)
            return false;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var ip))
            return Network is { } network && network.Contains(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);
        return HostName is not null && string.Equals(HostName, host.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
    }

    /// Reads one configured entry.
    /// <exception cref="FormatException">The entry is none of the forms above.</exception>
    public static AllowedPrinterAddress Parse(string entry)
    {
        var text = entry.Trim();
        var (host, first, last) = SplitPort(text);
        var bare = host.Replace("[", "").Replace("]", "");
        if (IPNetwork.TryParse(bare, out var network))
            return new(null, network, first, last);
        if (IPAddress.TryParse(bare, out var ip))
            return new(null, new IPNetwork(ip, ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128), first, last);
        if (Uri.CheckHostName(host) != UriHostNameType.Dns)
            throw new FormatException($"Printing:AllowedAddresses entry \"{entry}\" is not a host name, IP address or CIDR range.");
        return new(host.TrimEnd('.'), null, first, last);
    }

    private static (string Host, int First, int Last) SplitPort(string text)
    {
        var colon = text.LastIndexOf(':');
        // A colon inside an unbracketed IPv6 address is not a port separator.
        if (colon < 0 || (text.IndexOf(':') != colon && !text.StartsWith('[')) || text.IndexOf(']', colon) > 0)
            return (text, PrinterPortFirst, PrinterPortLast);
        var ports = text[(colon + 1)..];
        var host = text[..colon];
        if (ports == "*")
            return (host, 1, 65535);
        var dash = ports.IndexOf('-');
        var first = Port(dash < 0 ? ports : ports[..dash], text);
        var last = dash < 0 ? first : Port(ports[(dash + 1)..], text);
        return first <= last ? (host, first, last)
            : throw new FormatException($"Printing:AllowedAddresses entry \"{text}\" has an empty port range.");
    }

    private static int Port(string text, string entry) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new FormatException($"Printing:AllowedAddresses entry \"{entry}\" has no valid port.");
}
