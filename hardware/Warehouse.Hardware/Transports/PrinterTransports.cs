namespace Warehouse.Hardware.Transports;

/// <summary>Creates the transport a printer URI names.</summary>
public static class PrinterTransports
{
    /// <summary>
    /// <c>tcp://host:9100</c> (port defaults to 9100), <c>serial:///dev/ttyUSB0?baud=19200</c>
    /// (also <c>serial://COM3</c>, optional <c>handshake=rtscts|xonxoff</c>), or <c>file:///dev/usb/lp0</c>.
    /// Nothing is opened until the first operation.
    /// </summary>
    /// <exception cref="PrinterException">With <see cref="PrinterFailure.InvalidAddress"/> for anything else.</exception>
    public static IPrinterTransport Create(string address, PrinterTransportOptions? options = null)
    {
        if (!Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var uri))
        {
            throw Invalid(address ?? "", "is not a URI");
        }
        return Create(uri, options);
    }

    /// <inheritdoc cref="Create(string, PrinterTransportOptions?)"/>
    public static IPrinterTransport Create(Uri address, PrinterTransportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        options ??= new PrinterTransportOptions();
        switch (address.Scheme)
        {
            case "tcp":
                if (address.Host.Length == 0)
                {
                    throw Invalid(address.OriginalString, "names no host");
                }
                return new TcpPrinterTransport(address.Host, address.IsDefaultPort || address.Port < 0 ? 9100 : address.Port, options);
            case "serial":
                if (!SerialAddress.TryParse(address, out var serial, out var error))
                {
                    throw Invalid(address.OriginalString, $"is not usable: {error.TrimEnd('.')}");
                }
                return new SerialPrinterTransport(serial, address.OriginalString, options);
            case "file":
                return new FilePrinterTransport(address.LocalPath, address.OriginalString, options);
            default:
                throw Invalid(address.OriginalString, "has an unknown scheme");
        }
    }

    private static PrinterException Invalid(string address, string problem) =>
        new(PrinterFailure.InvalidAddress, address,
            $"Printer address \"{address}\" {problem}. Use tcp://host:9100, serial:///dev/ttyUSB0?baud=19200 or file:///dev/usb/lp0.");
}
