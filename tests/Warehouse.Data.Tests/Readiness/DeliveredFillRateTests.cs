using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Printing;
using Warehouse.Data.Readiness;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Readiness;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Readiness;

/// A request sent to a village raises the village's fill rate when, and only when, it is delivered.
public sealed class DeliveredFillRateTests : IDisposable
{
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], null);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private sealed class NoSlips : IDispatchSlipQueue
    {
        public Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName) => Task.CompletedTask;
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_delivered_dispatch_to_a_village_raises_its_rate_by_exactly_what_was_delivered(string provider)
    {
        _database = _database.On(provider);
        await using var db = _database.NewContext();
        var depot = await Build.DepotAsync(db);
        var helmet = await Build.ItemAsync(db, "FH-0001", name: "防汛安全头盔");
        var keeper = new WorkflowActor("keeper", new HashSet<string> { Roles.Keeper }, [depot.Id], null);
        var township = new Place("BSZ", "白沙镇", PlaceKind.Township, null);
        var village = new Place("BSZ-01", "白沙村", PlaceKind.Village, township);
        village.Describe("白沙村", 8, 300, null, null);
        var standard = new EquipmentStandard("DUTY-4", "四小件");
        standard.SetLines([(helmet.Id, CoverageBasis.PerDutyPerson, 1m)]);
        db.AddRange(township, village, standard);
        await db.SaveChangesAsync();
        await _database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Purchase, "stock",
            [new PostingLine(helmet.Id, 20)], new Actor("keeper", null, null)));
        var steps = new AllocationSteps(db, _database.Clock, new NoSlips());
        async Task<int> Version(int id) => await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();

        var input = new DraftInput("补齐四小件", EmergencyLevel.Routine, DateTime.UtcNow.AddDays(3), DestinationKind.Township, null, null,
            null, null, "李明", "13800000000", null, [(helmet.Id, 5)], village.Id);
        var draft = await steps.Drafting.SaveDraftAsync(null, null, input, Department, null);
        var id = draft.Value;
        await steps.Triggers.FireAsync(id, await Version(id), RequestTrigger.Submit, null, Department);
        await steps.Approval.ApproveAsync(id, await Version(id), [new LineDecision(helmet.Id, 5, [(depot.Id, 5)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        await steps.Picking.PickAsync(dispatchId, new ScannedGoods(helmet.Id, null, null), 5, null, null, "pick-1", keeper);
        var sent = await steps.Dispatching.DispatchAsync(dispatchId, await Version(id), "浙A12345", "王师傅", "13900000000", keeper);
        var onTheRoad = await RateAsync(db, village);
        var delivered = await steps.Delivery.ConfirmDeliveryAsync(sent.Value!.ShortCode, new Dictionary<int, (int, int)>(), null,
            Department);
        var afterDelivery = await RateAsync(db, village);

        Assert.True(draft.Succeeded && delivered.Succeeded, draft.Error?.Message ?? delivered.Error?.Message);
        Assert.Equal(village.Id, await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.DestinationPlaceId).SingleAsync());
        Assert.Equal(new FillRate(8, 0), onTheRoad);
        Assert.Equal(new FillRate(8, 5), afterDelivery);
        Assert.Equal(3, afterDelivery.Missing);
    }

    private static async Task<FillRate> RateAsync(WarehouseDbContext db, Place village)
    {
        db.ChangeTracker.Clear();
        var report = await new FillRates(db, new PlaceHoldings(db)).BuildAsync(CancellationToken.None);
        return Assert.Single(report.Standards).Villages.Single(p => p.PlaceId == village.Id).Total;
    }
}
