using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Printing;
using Warehouse.Data.WriteOffs;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Domain.WriteOffs;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Features.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.WriteOffs;

/// Renders an approved write-off's slip (报废单) in the print language and queues it on the depot's receipt printer.
public sealed class WriteOffSlipQueue(WarehouseDbContext db, WriteOffPages pages, PrintTargets targets, BureauClock clock,
    IStringLocalizer<SharedResource> localizer, IOptions<PrintingOptions> options) : IWriteOffSlipQueue
{
    public async Task EnqueueAsync(WriteOff writeOff, CancellationToken cancellationToken)
    {
        var printerId = await PrinterChoice.ForAsync(db, writeOff.DepotId, null, cancellationToken);
        var target = await targets.ForAsync(db, printerId, cancellationToken);
        var lines = await pages.LinesAsync(writeOff.Id, cancellationToken);
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(options.Value.Culture);
        try
        {
            db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.WriteOffSlip, writeOff.Number, Render(writeOff, lines, target),
                printerId, writeOff.DepotId, writeOff.DecidedBy ?? writeOff.RequestedBy, clock.UtcNow));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private byte[] Render(WriteOff writeOff, IReadOnlyList<WriteOffLineView> lines, PrintTarget target)
    {
        var receipt = new EscPosBuilder(target.Width, target.Encoding)
            .Bold().Size(2, 2).Line(L("Write-off slip"), TextAlign.Center).Size().Bold(false).Feed()
            .TwoColumns(L("Write-off number"), writeOff.Number)
            .TwoColumns(L("Cause"), L($"WriteOffCause.{writeOff.Cause}"))
            .TwoColumns(L("Issue note"), writeOff.DocumentNumber ?? "")
            .TwoColumns(L("Proposed by"), writeOff.RequestedBy)
            .TwoColumns(L("Approved by"), writeOff.DecidedBy ?? "")
            .TwoColumns(L("Time"), clock.ToLocal(clock.UtcNow).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Rule()
            .TwoColumns(L("Item"), L("Quantity"))
            .Rule();
        foreach (var line in lines)
        {
            receipt.TwoColumns(line.ItemName, $"{line.Quantity} {line.Unit}");
            receipt.Line($"   {line.ItemCode} {line.Batch}{line.AssetNumber} {line.Expiry?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                .TrimEnd());
        }
        if (writeOff.Note is { } note)
            receipt.Rule().Line($"{L("Note")}: {note}");
        return receipt.Rule()
            .TwoColumns(L("Value"), lines.Sum(l => l.Value).ToString("0.00", CultureInfo.InvariantCulture))
            .Feed().Code128(writeOff.Number).Feed()
            .Line($"{L("Keeper")}: ____________").Feed()
            .Line($"{L("Approved by")}: ____________").Feed(2).Cut().ToArray();
    }

    private string L(string key) => localizer[key].Value;
}
