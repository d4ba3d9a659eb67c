using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Web.Features.Printing;

/// Turns a job's printer (or none) into an address, paper width and encoding, and a label printer's labels.
public sealed class PrintTargets(IOptions<PrintingOptions> options)
{
    public const string DefaultName = "Printing:DefaultPrinter";

    public PrintTarget Default
    {
        get
        {
            var o = options.Value;
            return new PrintTarget(null, DefaultName, o.DefaultPrinter.Trim(),
                o.DefaultPaperWidth == 58 ? PaperWidth.Mm58 : PaperWidth.Mm80,
                PrintTarget.EncodingOf(o.DefaultEncoding));
        }
    }

    public async Task<PrintTarget> ForAsync(WarehouseDbContext db, int? printerId, CancellationToken cancellationToken)
    {
        if (printerId is null)
            return Default;
        var printer = await db.Printers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == printerId, cancellationToken);
        return printer is null
            ? Default
            : new PrintTarget(printer.Id, printer.Name, printer.Address, PrintTarget.WidthOf(printer.Paper),
                PrintTarget.EncodingOf(printer.Encoding), printer.Encoding == Domain.Printing.ReceiptEncoding.Gb18030ChineseDefault,
                printer.Labels);
    }
}
