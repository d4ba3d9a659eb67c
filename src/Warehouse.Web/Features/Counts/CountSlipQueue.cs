using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Counting.Steps;
using Warehouse.Data.Printing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Features.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Counts;

/// Renders a count's variance slip (盘点差异单) in the print language and queues it on the depot's receipt printer.
public sealed class CountSlipQueue(WarehouseDbContext db, CountQueries queries, PrintTargets targets, BureauClock clock,
    IStringLocalizer<SharedResource> localizer, IOptions<PrintingOptions> options) : ICountSlipQueue
{
    public async Task EnqueueAsync(StockCount count, string userName)
    {
        var printerId = await PrinterChoice.ForAsync(db, count.DepotId, null);
        var target = await targets.ForAsync(db, printerId, default);
        var view = await queries.LinesAsync(count, showExpected: true, default);
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(options.Value.Culture);
        try
        {
            db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.CountVarianceSlip, count.Number, Render(count, view, userName, target),
                printerId, count.DepotId, userName, clock.UtcNow));
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private byte[] Render(StockCount count, IReadOnlyList<CountLineView> lines, string userName, PrintTarget target)
    {
        var receipt = new EscPosBuilder(target.Width, target.Encoding)
            .Bold().Size(2, 2).Line(L("Count variance slip"), TextAlign.Center).Size().Bold(false).Feed()
            .TwoColumns(L("Count number"), count.Number)
            .TwoColumns(L("Approved by"), userName)
            .TwoColumns(L("Time"), clock.ToLocal(clock.UtcNow).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Rule()
            .TwoColumns(L("Item"), L("Variance"))
            .Rule();
        var varied = lines.Where(l => l.Variance != 0).ToList();
        foreach (var line in varied)
        {
            receipt.TwoColumns($"{line.Location} {line.ItemName}", $"{line.Variance:+0;-0} {line.Unit}");
            receipt.Line($"   {line.ItemCode} {line.Batch}{line.Serial} {L("Expected")} {line.Expected} {L("Counted")} {line.Counted}");
        }
        return receipt.Rule()
            .TwoColumns(L("Variance value"), varied.Sum(l => l.VarianceValue ?? 0).ToString("+0.00;-0.00", CultureInfo.InvariantCulture))
            .TwoColumns(L("Lines counted"), $"{lines.Count} / {varied.Count}")
            .Feed().Code128(count.Number).Feed()
            .Line($"{L("Approved by")}: ____________").Feed(2).Cut().ToArray();
    }

    private string L(string key) => localizer[key].Value;
}
