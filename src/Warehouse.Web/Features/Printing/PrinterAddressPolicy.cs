using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Features.Printing;

/// Which printer addresses the app may open: device files of printers and serial ports (or files under
/// `Printing:DeviceFolder`), and network printers the administrator allowed in `Printing:AllowedAddresses`.
/// Anything else could make the app append to any file it can write, or connect to any host and port.
public sealed partial class PrinterAddressPolicy(IOptions<PrintingOptions> options)
{
    private readonly Lazy<IReadOnlyList<AllowedPrinterAddress>> _allowed =
        new(() => (options.Value.AllowedAddresses ?? AllowedPrinterAddress.Defaults).Select(AllowedPrinterAddress.Parse).ToList());

    /// Null when <paramref name="address"/> may be printed to, else why not.
    public DomainError? Check(string address)
    {
        if (Printer.IsVirtual(address))
            return null;
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri))
            return Errors.PrinterAddressNotAllowed(address);
        var allowed = uri.Scheme switch
        {
            "tcp" => IsAllowedHost(uri),
            "file" => IsDevice(uri.LocalPath),
            "serial" => IsDevice(uri.Host.Length > 0 ? uri.Host : Uri.UnescapeDataString(uri.AbsolutePath)),
            _ => false,
        };
        return allowed ? null : Errors.PrinterAddressNotAllowed(address);
    }

    private bool IsAllowedHost(string host, int port) => _allowed.Value.Any(a => a.Allows(host, port));

    private bool IsAllowedHost(Uri uri) =>
        uri.Host.Length > 0 && uri.UserInfo.Length == 0 && IsAllowedHost(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 9100 : uri.Port);

    private bool IsDevice(string path)
    {
        if (WindowsPort().IsMatch(path) && OperatingSystem.IsWindows())
            return true;
        if (path.Length == 0 || !Path.IsPathFullyQualified(path))
            return false;
        // No `..` or doubled separators: the path must already be the file it names.
        var full = Path.GetFullPath(path);
        if (full != path)
            return false;
        if (UnixDevice().IsMatch(full))
            return true;
        var folder = options.Value.DeviceFolder;
        return !string.IsNullOrWhiteSpace(folder)
            && full.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar,
                StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^/dev/(usb/lp\d+|lp\d+|ttyUSB\d+|ttyACM\d+|ttyS\d+)$")]
    private static partial Regex UnixDevice();

    [GeneratedRegex(@"^(COM|LPT)\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex WindowsPort();
}
