using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Identity;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Data.Seeding;

/// Demo requests in every state, each walked through the real workflow with back-dated clocks, so the board,
/// the timelines and the transfer-time report have something true to show: a delivered one inside the
/// two-hour target, one outside it, one overdue, one in transit, an emergency release awaiting ratification.
public sealed partial class DemoAllocations(WarehouseDbContext db, TimeZoneInfo zone, IDispatchSlipQueue slips)
{
    private readonly SettableTime _time = new();
    private IServiceProvider? _steps;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.AllocationRequests.AnyAsync(cancellationToken))
            return;
        var central = await db.Depots.FirstOrDefaultAsync(d => d.Kind == DepotKind.CentralReserve, cancellationToken);
        var subCenter = await db.Depots.Where(d => d.Kind == DepotKind.SubCenter).OrderBy(d => d.Code).Skip(1)
            .FirstOrDefaultAsync(cancellationToken);
        var department = await db.Users.Where(u => u.UserName == "dept").Select(u => u.DepartmentId).FirstOrDefaultAsync(cancellationToken);
        if (central is null || subCenter is null)
            return;
        var items = await (
            from i in db.Items
            where i.Tracking == TrackingMode.None && i.Active
            let free = db.StockBalances.Where(b => b.ItemId == i.Id && b.DepotId == central.Id).Sum(b => (int?)(b.OnHand - b.Reserved)) ?? 0
            where free >= 60
            orderby i.Code
            select i.Id).Take(6).ToListAsync(cancellationToken);
        if (items.Count < 4)
            return;

        var dept = new WorkflowActor("dept", new HashSet<string> { Roles.Department }, [], department);
        var manager = new WorkflowActor("manager", new HashSet<string> { Roles.Manager }, [], null);
        // The demo's own scans live in the product's key space, like the rest of the seed.
        var keeper = new WorkflowActor("keeper", new HashSet<string> { Roles.Keeper }, [central.Id], null, ClientScopes.Product);
        var subKeeper = new WorkflowActor("keeper", new HashSet<string> { Roles.Administrator }, [], null);
        var now = DateTime.UtcNow;

        // Closed, delivered well inside the target.
        var closed = await DraftAsync(dept, department, now.AddDays(-3), "滨江区内涝排险", EmergencyLevel.III, "青石乡", 30.31, 120.12,
            [(items[0], 40), (items[1], 20)]);
        await WalkAsync(closed, now.AddDays(-3), [(12, "approve"), (8, "pick"), (25, "dispatch"), (55, "deliver"), (300, "close")], dept,
            manager, keeper, central.Id);
        // Delivered, outside the target.
        var late = await DraftAsync(dept, department, now.AddDays(-2), "台风“海葵”转移安置", EmergencyLevel.II, "东港镇安置点", 30.42, 120.38,
            [(items[2], 30)]);
        await WalkAsync(late, now.AddDays(-2), [(35, "approve"), (30, "pick"), (40, "dispatch"), (70, "deliver")], dept, manager, keeper,
            central.Id);
        // Closed outside the target, with the manager's reason.
        var blocked = await DraftAsync(dept, department, now.AddDays(-4), "山洪冲毁便道", EmergencyLevel.II, "西山村", 30.20, 119.98,
            [(items[5 % items.Count], 10)]);
        await WalkAsync(blocked, now.AddDays(-4), [(20, "approve"), (25, "pick"), (30, "dispatch"), (95, "deliver"), (60, "close-late")],
            dept, manager, keeper, central.Id);
        // In transit.
        var transit = await DraftAsync(dept, department, now.AddMinutes(-80), "临江堤防巡查", EmergencyLevel.III, "临江村", 30.28, 120.33,
            [(items[3], 25)]);
        await WalkAsync(transit, now.AddMinutes(-80), [(10, "approve"), (15, "pick"), (20, "dispatch")], dept, manager, keeper, central.Id);
        // Being picked.
        var picking = await DraftAsync(dept, department, now.AddMinutes(-40), "西山山体滑坡", EmergencyLevel.II, "西山村", 30.20, 119.98,
            [(items[0], 20), (items[4 % items.Count], 10)]);
        await WalkAsync(picking, now.AddMinutes(-40), [(10, "approve"), (5, "pick")], dept, manager, keeper, central.Id);
        // Approved, stock reserved.
        var approved = await DraftAsync(dept, department, now.AddMinutes(-25), "学校防汛演练", EmergencyLevel.Routine, "江澜市第二中学", 30.26, 120.17,
            [(items[1], 15)]);
        await WalkAsync(approved, now.AddMinutes(-25), [(10, "approve")], dept, manager, keeper, central.Id);
        // Submitted long ago and overdue.
        var overdue = await DraftAsync(dept, department, now.AddHours(-3), "南湖水位超警", EmergencyLevel.III, "南湖街道", 30.22, 120.21,
            [(items[2], 50)], neededBy: now.AddMinutes(-30));
        await WalkAsync(overdue, now.AddHours(-3), [], dept, manager, keeper, central.Id);
        // Emergency release awaiting ratification.
        var release = await DraftAsync(dept, department, now.AddMinutes(-30), "澜江大堤管涌抢险", EmergencyLevel.I, "澜江大堤 K12+300", 30.35, 120.25,
            [(items[3], 30), (items[5 % items.Count], 20)]);
        await WalkAsync(release, now.AddMinutes(-30), [(6, "release")], dept, manager, keeper, central.Id);
        // Rejected, cancelled and a draft.
        var rejected = await DraftAsync(dept, department, now.AddDays(-1), "社区应急物资补充", EmergencyLevel.Routine, "滨江社区", 30.24, 120.20,
            [(items[0], 200)]);
        await WalkAsync(rejected, now.AddDays(-1), [(60, "reject")], dept, manager, keeper, central.Id);
        var cancelled = await DraftAsync(dept, department, now.AddHours(-6), "暴雨预警前置", EmergencyLevel.IV, "北岸街道", 30.33, 120.15,
            [(items[1], 10)]);
        await WalkAsync(cancelled, now.AddHours(-6), [(20, "cancel")], dept, manager, keeper, central.Id);
        await DraftAsync(dept, department, now.AddMinutes(-5), "汛前物资预置", EmergencyLevel.Routine, "青石乡", 30.31, 120.12,
            [(items[4 % items.Count], 10)]);
        await SeedWaitingForDirectorAsync(dept, department, now.AddMinutes(-15), manager, keeper, central.Id);
        // A replenishment transfer from the central reserve to a sub-center, delivered.
        var transfer = await DraftAsync(manager, null, now.AddDays(-1).AddHours(-2), "分中心汛前补库", EmergencyLevel.Routine, null, null, null,
            [(items[1], 20)], destinationDepot: subCenter);
        await WalkAsync(transfer, now.AddDays(-1).AddHours(-2), [(15, "approve"), (20, "pick"), (20, "dispatch"), (50, "deliver")],
            manager, manager, keeper, central.Id, subKeeper);
    }

    /// A workflow step, wired as the app wires it but on this context and the seed's back-dated clock.
    private T Step<T>() where T : notnull
    {
        db.ChangeTracker.Clear();
        _steps ??= new ServiceCollection().AddSingleton(db).AddSingleton(new BureauClock(_time, zone)).AddSingleton(slips)
            .AddAllocationSteps().BuildServiceProvider();
        return _steps.GetRequiredService<T>();
    }

    private async Task<int> DraftAsync(WorkflowActor by, int? department, DateTime at, string incident, EmergencyLevel level, string? place,
        double? lat, double? lon, IReadOnlyList<(int, int)> lines, DateTime? neededBy = null, Depot? destinationDepot = null)
    {
        _time.Now = at;
        var input = new DraftInput(incident, level, neededBy ?? at.AddHours(level <= EmergencyLevel.II ? 2 : 6),
            destinationDepot is null ? DestinationKind.Township : DestinationKind.Depot, destinationDepot?.Id, place, lat, lon,
            "李明", "13805710001", null, lines);
        var outcome = await Step<Drafting>().SaveDraftAsync(null, null, input, by, department);
        return outcome.Value;
    }

    private async Task WalkAsync(int id, DateTime start, IReadOnlyList<(int Minutes, string Step)> steps, WorkflowActor requester,
        WorkflowActor manager, WorkflowActor keeper, int source, WorkflowActor? receiver = null)
    {
        _time.Now = start.AddMinutes(2);
        Check(await Step<RequestTriggers>().FireAsync(id, await VersionAsync(id), RequestTrigger.Submit, null, requester));
        string? shortCode = null;
        foreach (var (minutes, step) in steps)
        {
            _time.Now = _time.Now.AddMinutes(minutes);
            var version = await VersionAsync(id);
            switch (step)
            {
                case "approve":
                    await ApproveAsync(id, manager, source);
                    break;
                case "chief":
                    await ApproveAsync(id, manager, source, stopBeforeLast: true);
                    break;
                case "release":
                    Check(await Step<EmergencyRelease>().ReleaseAsync(id, version, source, keeper));
                    await PickAllAsync(id, keeper, partly: false);
                    break;
                case "pick":
                    await PickAllAsync(id, keeper, partly: steps.All(s => s.Step != "dispatch"));
                    break;
                case "dispatch":
                    var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
                    var codes = await Step<Dispatching>().DispatchAsync(dispatchId, version, "浙A·3K" + (100 + id), "王建国",
                        "13905710" + (100 + id), keeper);
                    Check(codes);
                    shortCode = codes.Value!.ShortCode;
                    break;
                case "deliver":
                    Check(await Step<DeliveryConfirmation>().ConfirmDeliveryAsync(shortCode!, new Dictionary<int, (int, int)>(), "已清点签收",
                        receiver ?? requester));
                    break;
                case "close":
                    Check(await Step<RequestTriggers>().FireAsync(id, version, RequestTrigger.Close, null, manager));
                    break;
                case "close-late":
                    Check(await Step<RequestTriggers>().FireAsync(id, version, RequestTrigger.Close, null, manager,
                        new BreachAccount(BreachReason.RoadBlocked, "便道被山洪冲毁，绕行 18 公里")));
                    break;
                case "reject":
                    Check(await Step<RequestTriggers>().FireAsync(id, version, RequestTrigger.Reject, "库存优先保障汛期一线，社区补充请走年度计划", manager));
                    break;
                case "cancel":
                    Check(await Step<RequestTriggers>().FireAsync(id, version, RequestTrigger.Cancel, "预警解除", requester));
                    break;
            }
        }
    }

    private async Task PickAllAsync(int id, WorkflowActor keeper, bool partly)
    {
        var dispatch = await db.Dispatches.AsNoTracking().Include(d => d.Lines).SingleAsync(d => d.RequestId == id);
        foreach (var line in partly ? dispatch.Lines.Take(1) : dispatch.Lines)
        {
            var quantity = partly ? Math.Max(1, line.Quantity / 2) : line.Quantity;
            Check(await Step<Picking>().PickAsync(dispatch.Id, new ScannedGoods(line.ItemId, null, null), quantity, null, null,
                $"seed-{dispatch.Number}-{line.ItemId}", keeper));
        }
    }

    private Task<int> VersionAsync(int id) => db.AllocationRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();

    private static void Check<T>(Outcome<T> outcome)
    {
        if (!outcome.Succeeded)
            throw new InvalidDataException($"Demo request step refused: {outcome.Error}");
    }

    private sealed class SettableTime : TimeProvider
    {
        public DateTime Now { get; set; } = DateTime.UtcNow;

        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(Now, DateTimeKind.Utc));
    }
}
