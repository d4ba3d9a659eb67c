using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Maintenance;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Maintenance;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Maintenance;

/// A depot with serial generators under a monthly test run that records hours, and a keeper of that depot.
internal sealed class MaintenanceSetup(TestDatabase database)
{
    public int Depot { get; private set; }
    public int Generator { get; private set; }
    public int Plan { get; private set; }
    public WorkflowActor Keeper { get; private set; } = null!;

    public async Task<MaintenanceSetup> BuildAsync(params string[] serials)
    {
        await using var db = database.NewContext();
        Depot = (await Build.DepotAsync(db)).Id;
        var generator = await Build.ItemAsync(db, "DL-0601", TrackingMode.Serial, "汽油发电机");
        generator.SetKeeping(null, 30, returnable: true, 4800m, null);
        Generator = generator.Id;
        var plan = new MaintenancePlan(Generator, null, MaintenanceKind.TestRun, 30, recordsHours: true);
        db.MaintenancePlans.Add(plan);
        await db.SaveChangesAsync();
        Plan = plan.Id;
        Keeper = new WorkflowActor("keeper", new HashSet<string> { Roles.Keeper }, [Depot], null);
        var lines = serials.Select(s => new PostingLine(Generator, 1, SerialNumber: s)).ToList();
        var posted = await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, Depot, StockReason.Purchase, "units",
            lines, new Actor("keeper", null, null)));
        Assert.True(posted.Succeeded, posted.Error?.Message);
        return this;
    }

    /// Sets the unit's last service to so many days ago.
    public async Task<int> ServicedAsync(string serial, int daysAgo)
    {
        await using var db = database.NewContext();
        var unit = await db.EquipmentUnits.SingleAsync(u => u.SerialNumber == serial);
        unit.RecordMaintenance(database.Clock.Today.AddDays(-daysAgo));
        await db.SaveChangesAsync();
        return unit.Id;
    }

    public static MaintenanceChecks Checks(TestDatabase database, WarehouseDbContext db) =>
        new(db, new AuditTrail(db, database.Clock), database.Clock);

    public static RepairJobs Repairs(TestDatabase database, WarehouseDbContext db) =>
        new(db, new AuditTrail(db, database.Clock), database.Clock);

    public static UnitDueDates DueDates(TestDatabase database, WarehouseDbContext db) => new(db, database.Clock);
}
