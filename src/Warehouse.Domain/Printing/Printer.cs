using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Printing;

public enum PaperSize
{
    Mm58,
    Mm80,
    /// 80 mm at 180 dpi: 512 dots, 42 columns (Epson TM-T88 III–V, TM-T81).
    Mm80Dots512,
}

public enum ReceiptEncoding
{
    Gb18030,
    Ascii,
    /// GB18030 to a printer that starts in Chinese mode (Xprinter-type) and is sent no FS &.
    Gb18030ChineseDefault,
}

/// A receipt printer at a depot. Its address is `virtual` (keeps what it prints, for previews and demos),
/// `tcp://host:9100`, `serial:///dev/ttyUSB0?baud=19200`, `file:///dev/usb/lp0`, or `agent://STATION/NAME` for a
/// printer on a station agent's PC (see <see cref="AgentAddress"/>).
public sealed class Printer
{
    public const string Virtual = "virtual";
    public const int MaxAddressLength = 200;
    private static readonly string[] Schemes = ["tcp://", "serial://", "file://"];

    private Printer() { }

    public Printer(string name, int depotId, string address, PaperSize paper, ReceiptEncoding encoding) =>
        Change(name, depotId, address, paper, encoding);

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int DepotId { get; private set; }
    public Depot? Depot { get; private set; }
    public string Address { get; private set; } = Virtual;
    public PaperSize Paper { get; private set; }
    public ReceiptEncoding Encoding { get; private set; }
    public PrinterKind Kind { get; private set; }
    public int? LabelWidthMm { get; private set; }
    public int? LabelHeightMm { get; private set; }
    public int? LabelDpi { get; private set; }
    public string? LabelFont { get; private set; }

    /// The labels it holds when it is a label printer; null for a receipt printer.
    public LabelSettings? Labels => Kind == PrinterKind.Label
        ? new(LabelWidthMm ?? LabelSettings.Default.WidthMm, LabelHeightMm ?? LabelSettings.Default.HeightMm,
            LabelDpi ?? LabelSettings.Default.Dpi, LabelFont ?? LabelSettings.DefaultFont)
        : null;

    public void Change(string name, int depotId, string address, PaperSize paper, ReceiptEncoding encoding)
    {
        Name = CatalogText.Required(name, nameof(Name), 60);
        DepotId = depotId;
        Address = NormalizeAddress(address);
        Paper = paper;
        Encoding = encoding;
    }

    public static bool IsVirtual(string address) => string.Equals(address.Trim(), Virtual, StringComparison.OrdinalIgnoreCase);

    public static string NormalizeAddress(string? address)
    {
        var value = CatalogText.Required(address, nameof(Address), MaxAddressLength);
        if (IsVirtual(value))
            return Virtual;
        if (AgentAddress.IsAgent(value))
            return AgentAddress.TryParse(value, out var station, out var name)
                ? AgentAddress.Of(station, name)
                : throw new DomainException(Errors.AgentAddressInvalid(value));
        if (!Schemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException(Errors.PrinterAddressInvalid(value));
        return value;
    }

    /// Makes it a label printer holding these labels (checked with <see cref="LabelSettings.Checked"/>).
    public void UseForLabels(LabelSettings labels)
    {
        labels = LabelSettings.Checked(labels.WidthMm, labels.HeightMm, labels.Dpi, labels.Font);
        Kind = PrinterKind.Label;
        LabelWidthMm = labels.WidthMm;
        LabelHeightMm = labels.HeightMm;
        LabelDpi = labels.Dpi;
        LabelFont = labels.Font;
    }

    public void UseForReceipts()
    {
        Kind = PrinterKind.Receipt;
        LabelWidthMm = LabelHeightMm = LabelDpi = null;
        LabelFont = null;
    }
}
