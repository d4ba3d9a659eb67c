namespace Warehouse.Domain.Common;

/// Refusals about printers and print jobs.
public static partial class Errors
{
    public static DomainError PrinterAddressNotAllowed(string address) =>
        new("PrinterAddressNotAllowed", $"Printer address \"{address}\" is not allowed: use a printer device "
            + "(file:///dev/usb/lp0, serial:///dev/ttyUSB0) or a network printer in Printing:AllowedAddresses.", address);

    public static DomainError PrinterAddressInvalid(string address) =>
        new("PrinterAddressInvalid",
            $"Printer address \"{address}\" is not usable: use virtual, tcp://host:9100, "
            + "serial:///dev/ttyUSB0?baud=19200 or file:///dev/usb/lp0.", address);

    public static DomainError PrintJobBusy(long id) =>
        new("PrintJobBusy", $"Print job {id} is being printed right now; try again in a moment.", id);

    public static DomainError PrintJobClosed(long id) =>
        new("PrintJobClosed", $"Print job {id} has already been printed or cancelled.", id);
}
