using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Web.Features.Printing;

/// `Printing:*` in configuration. The default printer takes every job that has no printer of its own: with no
/// set-up at all that is the virtual printer, whose jobs are shown as previews.
public sealed class PrintingOptions
{
    public const string Section = "Printing";

    public string DefaultPrinter { get; set; } = Printer.Virtual;
    public int DefaultPaperWidth { get; set; } = 80;
    public ReceiptEncoding DefaultEncoding { get; set; } = ReceiptEncoding.Gb18030;

    /// The language of printed receipts, whatever the language of the page that caused them.
    public string Culture { get; set; } = "zh-CN";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// How long a claimed job belongs to the instance that claimed it; after that another instance may take it.
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// Network printers the app may connect to (see <see cref="AllowedPrinterAddress"/>); null allows the
    /// raw-printing ports 9100–9109 on loopback and private ranges.
    public List<string>? AllowedAddresses { get; set; }

    /// A folder whose files may serve as printer device files, besides /dev/usb/lp*, /dev/lp* and serial ports.
    public string? DeviceFolder { get; set; }

    public TimeSpan RetryAfter(int attempts)
    {
        var delay = RetryDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}

/// Where a job goes and how its bytes are laid out.
public sealed record PrintTarget(int? PrinterId, string Name, string Address, PaperWidth Width, PrinterEncoding Encoding,
    bool StartsInChineseMode = false, LabelSettings? Labels = null)
{
    public bool IsVirtual => Printer.IsVirtual(Address);

    /// A label printer speaks ZPL: it takes labels only, and answers ~HS instead of DLE EOT.
    public bool IsLabelPrinter => Labels is not null;

    public static PaperWidth WidthOf(PaperSize paper) => paper switch
    {
        PaperSize.Mm58 => PaperWidth.Mm58,
        PaperSize.Mm80Dots512 => PaperWidth.Mm80Dots512,
        _ => PaperWidth.Mm80,
    };

    public static PrinterEncoding EncodingOf(ReceiptEncoding encoding) =>
        encoding == ReceiptEncoding.Ascii ? PrinterEncoding.Ascii : PrinterEncoding.Gb18030;
}
