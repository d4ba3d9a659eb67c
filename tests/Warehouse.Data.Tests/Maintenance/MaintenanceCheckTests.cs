using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Maintenance;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Maintenance;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Maintenance;

/// Checks and repair jobs on the real database: every check is kept and audited, a failed one takes the unit out of
/// service, and closing its repair makes it ready again.
public sealed class MaintenanceCheckTests : IDisposable
{
    private TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_unit_is_overdue_past_its_interval_due_soon_within_two_weeks_and_ready_otherwise()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1", "G-2", "G-3");
        var overdue = await setup.ServicedAsync("G-1", 31);
        var soon = await setup.ServicedAsync("G-2", 20);
        var ready = await setup.ServicedAsync("G-3", 5);
        await using var db = _database.NewContext();

        var rows = (await MaintenanceSetup.DueDates(_database, db).ListAsync(null, CancellationToken.None))
            .ToDictionary(r => r.UnitId);

        var today = _database.Clock.Today;
        Assert.Equal((UnitReadiness.Overdue, today.AddDays(-1)), (rows[overdue].Readiness, rows[overdue].NextDue));
        Assert.Equal((UnitReadiness.DueSoon, today.AddDays(10)), (rows[soon].Readiness, rows[soon].NextDue));
        Assert.Equal((UnitReadiness.Ready, today.AddDays(25)), (rows[ready].Readiness, rows[ready].NextDue));
    }

    [Fact]
    public async Task A_passed_check_is_stored_and_audited_and_moves_the_next_due_day_a_whole_interval_on()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        var unit = await setup.ServicedAsync("G-1", 40);
        await using var db = _database.NewContext();

        var outcome = await MaintenanceSetup.Checks(_database, db).RecordAsync(
            new CheckInput(unit, setup.Plan, true, 12.5m, "试运行 30 分钟"), setup.Keeper);

        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        Assert.Null(outcome.Value);
        var check = await db.MaintenanceChecks.AsNoTracking().SingleAsync();
        Assert.Equal(("keeper", true, 12.5m, "试运行 30 分钟"), (check.UserName, check.Passed, check.HoursRun, check.Notes));
        var row = Assert.Single(await MaintenanceSetup.DueDates(_database, db).ListAsync(null, CancellationToken.None));
        Assert.Equal((UnitReadiness.Ready, _database.Clock.Today.AddDays(30)), (row.Readiness, row.NextDue));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.MaintenanceChecked && a.Subject.StartsWith("EQ")));
    }

    [Fact]
    public async Task A_failed_check_opens_a_repair_job_and_closing_it_with_its_parts_note_makes_the_unit_ready_again()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        var unit = await setup.ServicedAsync("G-1", 40);
        await using var db = _database.NewContext();
        var failed = await MaintenanceSetup.Checks(_database, db).RecordAsync(
            new CheckInput(unit, setup.Plan, false, 0.5m, "无法启动，火花塞积碳"), setup.Keeper);
        var underRepair = (await MaintenanceSetup.DueDates(_database, db).ListAsync(null, CancellationToken.None)).Single().Readiness;
        var parts = await Build.ItemAsync(db, "DL-9001", name: "火花塞");
        var issued = await PartsIssuedAsync(db, setup, parts.Id);

        var closed = await MaintenanceSetup.Repairs(_database, db).CloseAsync(failed.Value!.Value, "更换火花塞，试机正常",
            issued.ToLowerInvariant(), setup.Keeper);

        Assert.True(closed.Succeeded, closed.Error?.Message);
        Assert.Equal(UnitReadiness.UnderRepair, underRepair);
        var job = await db.RepairJobs.AsNoTracking().SingleAsync();
        Assert.Equal((RepairCause.FailedCheck, "无法启动，火花塞积碳", issued, false),
            (job.Cause, job.Fault, job.PartsNoteNumber, job.IsOpen));
        var row = Assert.Single(await MaintenanceSetup.DueDates(_database, db).ListAsync(null, CancellationToken.None));
        Assert.Equal((UnitReadiness.Ready, _database.Clock.Today.AddDays(30)), (row.Readiness, row.NextDue));
        Assert.Equal(EquipmentStatus.InStock, (await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == unit)).Status);
        var actions = await db.AuditEntries.Where(a => a.Action.StartsWith("maintenance.")).Select(a => a.Action).ToListAsync();
        Assert.Equal(new[] { AuditActions.MaintenanceChecked, AuditActions.RepairOpened, AuditActions.RepairClosed }.Order(),
            actions.Order());
    }

    [Fact]
    public async Task A_repair_closed_with_a_note_that_is_no_issue_of_its_depot_is_refused_and_stays_open()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        var unit = await setup.ServicedAsync("G-1", 1);
        await using var db = _database.NewContext();
        var failed = await MaintenanceSetup.Checks(_database, db).RecordAsync(
            new CheckInput(unit, setup.Plan, false, 1, "漏油"), setup.Keeper);
        var receipt = await db.StockDocuments.Select(d => d.Number).SingleAsync();

        var closed = await MaintenanceSetup.Repairs(_database, db).CloseAsync(failed.Value!.Value, "更换油封", receipt, setup.Keeper);

        Assert.Equal("PartsNoteUnknown", closed.Error?.Code);
        Assert.True((await db.RepairJobs.AsNoTracking().SingleAsync()).IsOpen);
        Assert.Equal(EquipmentStatus.InRepair, (await db.EquipmentUnits.AsNoTracking().SingleAsync()).Status);
    }

    [Fact]
    public async Task A_keeper_of_another_depot_or_a_check_without_the_hours_its_plan_asks_for_changes_nothing()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        var unit = await setup.ServicedAsync("G-1", 40);
        await using var db = _database.NewContext();
        var stranger = new WorkflowActor("other", new HashSet<string> { Roles.Keeper }, [setup.Depot + 100], null);
        var checks = MaintenanceSetup.Checks(_database, db);

        var foreign = await checks.RecordAsync(new CheckInput(unit, setup.Plan, true, 1, null), stranger);
        var noHours = await checks.RecordAsync(new CheckInput(unit, setup.Plan, true, null, null), setup.Keeper);
        var failedSilently = await checks.RecordAsync(new CheckInput(unit, setup.Plan, false, 1, "  "), setup.Keeper);

        Assert.Equal(["DepotNotYours", "CheckHoursRequired", "FailedCheckNeedsNotes"],
            new[] { foreign, noHours, failedSilently }.Select(o => o.Error?.Code));
        Assert.False(await db.MaintenanceChecks.AnyAsync());
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.MaintenanceChecked));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_keepers_failing_the_same_unit_at_once_open_exactly_one_repair_job(string provider)
    {
        _database = _database.On(provider);
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        var unit = await setup.ServicedAsync("G-1", 40);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            return await MaintenanceSetup.Checks(_database, db).RecordAsync(
                new CheckInput(unit, setup.Plan, false, i, $"故障 {i}"), setup.Keeper);
        })));

        await using var check = _database.NewContext();
        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains(o.Error!.Code, new[] { "UnitUnderRepair", "ConcurrentChange" }));
        Assert.Equal(winner.Value, (await check.RepairJobs.SingleAsync()).Id);
        Assert.Equal(1, await check.MaintenanceChecks.CountAsync());
    }

    private async Task<string> PartsIssuedAsync(WarehouseDbContext db, MaintenanceSetup setup, int partsItem)
    {
        var posting = _database.Posting(db);
        var actor = new Actor("keeper", null, null);
        await posting.PostAsync(new PostingRequest(DocumentKind.Receipt, setup.Depot, StockReason.Purchase, "parts-in",
            [new PostingLine(partsItem, 4)], actor));
        var issued = await posting.PostAsync(new PostingRequest(DocumentKind.Issue, setup.Depot, StockReason.InternalUse, "parts-out",
            [new PostingLine(partsItem, 1)], actor));
        Assert.True(issued.Succeeded, issued.Error?.Message);
        return await db.StockDocuments.Where(d => d.Kind == DocumentKind.Issue).Select(d => d.Number).SingleAsync();
    }
}
