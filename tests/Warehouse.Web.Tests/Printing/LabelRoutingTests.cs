using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Tests.Printing;

/// A label goes to the label printer of the depot its record is in, not to the caller's first depot's: the keeper of
/// the central reserve (CR) and sub-center 1 (SC1) labels SC1's bins and batches on SC1's printer.
public sealed class LabelRoutingTests
{
    [Fact]
    public async Task Labels_of_records_in_the_callers_second_depot_print_on_that_depots_label_printer()
    {
        await using var app = new PrintingFactory("virtual", worker: false);
        await using var db = app.NewDbContext();
        var depots = await db.Depots.Where(d => d.Code == "CR" || d.Code == "SC1").ToDictionaryAsync(d => d.Code, d => d.Id);
        var central = await LabelPrinters.AddAsync(app, "中心库标签机", depots["CR"]);
        var district = await LabelPrinters.AddAsync(app, "一分中心标签机", depots["SC1"]);
        var bin = await db.Locations.Where(l => l.DepotId == depots["SC1"]).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var batch = await db.Batches.Where(b => b.Lot == "L2025121839").Select(b => b.Id).SingleAsync();
        var centralBin = await db.Locations.Where(l => l.DepotId == depots["CR"]).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var keeper = await app.SignedInClientAsync("keeper");

        foreach (var (kind, id) in new[] { ("Location", bin), ("Batch", batch), ("Location", centralBin), ("Item", 1) })
            await keeper.PostFormAsync("/Labels", "/Labels/Print", new() { ["kind"] = kind, ["ids"] = id.ToString() });

        var printers = await db.PrintJobs.AsNoTracking().Where(j => j.Kind == PrintJobKind.Label).OrderBy(j => j.Id)
            .Select(j => new { j.PrinterId, j.DepotId }).ToListAsync();
        Assert.Equal([district, district, central, central], printers.Select(p => p.PrinterId));
        Assert.Equal([depots["SC1"], depots["SC1"], depots["CR"], depots["CR"]], printers.Select(p => p.DepotId));
    }

    [Fact]
    public async Task Labels_of_records_in_two_depots_asked_for_together_become_one_job_per_depots_printer()
    {
        await using var app = new PrintingFactory("virtual", worker: false);
        await using var db = app.NewDbContext();
        var depots = await db.Depots.Where(d => d.Code == "CR" || d.Code == "SC1").ToDictionaryAsync(d => d.Code, d => d.Id);
        var central = await LabelPrinters.AddAsync(app, "中心库标签机", depots["CR"]);
        var district = await LabelPrinters.AddAsync(app, "一分中心标签机", depots["SC1"]);
        var bins = await db.Locations.Where(l => l.DepotId == depots["SC1"] || l.DepotId == depots["CR"])
            .GroupBy(l => l.DepotId).Select(g => g.Min(l => l.Id)).ToListAsync();
        var keeper = await app.SignedInClientAsync("keeper");

        var response = await keeper.PostAsync("/Labels/Print", new FormUrlEncodedContent(
            [new("kind", "Location"), new("ids", bins[0].ToString()), new("ids", bins[1].ToString()),
                new("__RequestVerificationToken", await keeper.AntiforgeryTokenAsync("/Labels"))]));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var jobs = await db.PrintJobs.AsNoTracking().Where(j => j.Kind == PrintJobKind.Label).Select(j => j.PrinterId).ToListAsync();
        Assert.Equal([central, district], jobs.Order());
    }
}
