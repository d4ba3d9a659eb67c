using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Stock;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Tests.Suppliers;

/// A transfer to depot SC1 sourced wholly from an agreement for lot-tracked medicine and serial-numbered phones: the
/// keeper there receives the call-up with the lots, expiry dates and serial numbers, as a goods-received note would.
public sealed class CallUpReceiptTests : IDisposable
{
    private readonly SupplierFixture _fixture = new();
    private int _medicine;
    private int _phone;
    private int _depot;
    private int _request;
    private WorkflowActor _keeper = ApprovalFixture.Department;

    public void Dispose() => _fixture.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_call_up_received_into_a_depot_posts_its_lots_and_units_and_the_request_is_delivered(string provider)
    {
        var callUp = await CalledUpAsync(provider);
        var expiry = _fixture.Database.Clock.Today.AddYears(2);

        var received = await ReceiveAsync(callUp, Medicine("LOT-7", expiry), Phones(" sn-001", "SN-002"));

        Assert.True(received.Succeeded, received.Error?.Message);
        await using var db = _fixture.Database.NewContext();
        var saved = await db.CallUps.SingleAsync(c => c.Id == callUp.Id);
        Assert.Equal((CallUpState.Delivered, "keeper-sc1"), (saved.State, saved.DeliveredBy));
        var document = await db.StockDocuments.SingleAsync(d => d.Number == saved.DocumentNumber);
        Assert.Equal((StockReason.AgreementCallUp, saved.Number, _depot), (document.Reason, document.Note, document.DepotId));
        var batch = await db.Batches.SingleAsync(b => b.ItemId == _medicine);
        Assert.Equal(("LOT-7", expiry, "江澜帐篷厂"), (batch.Lot, batch.Expiry, batch.Supplier));
        Assert.Equal(["SN-001", "SN-002"], await db.EquipmentUnits.Where(u => u.ItemId == _phone && u.DepotId == _depot
            && u.Status == EquipmentStatus.InStock).Select(u => u.SerialNumber).OrderBy(s => s).ToListAsync());
        var movements = await db.StockMovements.Where(m => m.DocumentId == document.Id).ToListAsync();
        Assert.Equal(3, movements.Count);
        Assert.Equal(20, movements.Single(m => m.BatchId == batch.Id).Quantity);
        Assert.All(movements.Where(m => m.ItemId == _phone), m => Assert.Equal((1, true), (m.Quantity, m.EquipmentUnitId is not null)));
        var request = await db.AllocationRequests.Include(r => r.Transitions).Include(r => r.CallUps).SingleAsync(r => r.Id == _request);
        Assert.Equal(RequestState.Delivered, request.State);
        Assert.Equal(saved.DeliveredAt, request.LastArrival);
        Assert.NotNull(request.DeliveryTime);
    }

    [Fact]
    public async Task A_receipt_that_does_not_match_the_call_up_or_breaks_a_receipt_rule_is_refused_and_changes_nothing()
    {
        var callUp = await CalledUpAsync(Providers.Sqlite);
        var today = _fixture.Database.Clock.Today;
        await using (var db = _fixture.Database.NewContext())
        {
            var inStock = await _fixture.Database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, _fixture.Approvals.Depot,
                StockReason.Purchase, "phone-in-stock", [new PostingLine(_phone, 1, SerialNumber: "SN-900")], new Actor("keeper", null, null)));
            Assert.True(inStock.Succeeded, inStock.Error?.Message);
        }
        var good = Medicine("LOT-7", today.AddYears(1));
        var cases = new (string Code, CallUpArrival[] Lines, int? Version)[]
        {
            ("LotRequired", [Medicine(null, today.AddYears(1)), Phones("SN-1", "SN-2")], null),
            ("ExpiryRequired", [Medicine("LOT-8", null), Phones("SN-1", "SN-2")], null),
            ("LotAlreadyExpired", [Medicine("LOT-9", today.AddDays(-1)), Phones("SN-1", "SN-2")], null),
            ("CallUpSerialCount", [good, Phones("SN-1")], null),
            ("CallUpSerialDuplicated", [good, Phones("SN-1", "sn-1 ")], null),
            ("UnitAlreadyInStock", [good, Phones("SN-1", "SN-900")], null),
            ("CallUpQuantityMismatch", [good with { Quantity = 19 }, Phones("SN-1", "SN-2")], null),
            ("CallUpQuantityMismatch", [Phones("SN-1", "SN-2")], null),
            ("CallUpItemNotOrdered", [good, Phones("SN-1", "SN-2"), new CallUpArrival(_fixture.Approvals.Tent, 1)], null),
            ("CallUpChanged", [good, Phones("SN-1", "SN-2")], callUp.Version + 5),
        };

        foreach (var (code, lines, version) in cases)
            Assert.Equal(code, (await ReceiveAsync(callUp, version, lines)).Error?.Code);
        var outsider = await ReceiveAsync(callUp, null, [good, Phones("SN-1", "SN-2")], ApprovalFixture.Department);

        Assert.Equal("DepotNotYours", outsider.Error?.Code);
        await using var check = _fixture.Database.NewContext();
        Assert.Equal(CallUpState.Ordered, (await check.CallUps.SingleAsync(c => c.Id == callUp.Id)).State);
        Assert.False(await check.StockDocuments.AnyAsync(d => d.Reason == StockReason.AgreementCallUp));
        Assert.False(await check.Batches.AnyAsync());
        Assert.Equal(["SN-900"], await check.EquipmentUnits.Select(u => u.SerialNumber).ToListAsync());
        Assert.Equal(RequestState.Approved, (await check.AllocationRequests.SingleAsync(r => r.Id == _request)).State);
    }

    [Fact]
    public async Task A_call_up_is_received_once_and_a_second_receipt_posts_nothing()
    {
        var callUp = await CalledUpAsync(Providers.Sqlite);
        var lines = new[] { Medicine("LOT-7", _fixture.Database.Clock.Today.AddYears(1)), Phones("SN-1", "SN-2") };

        Assert.True((await ReceiveAsync(callUp, lines)).Succeeded);
        var again = await ReceiveAsync(callUp, lines);

        Assert.Equal("CallUpAlreadyDelivered", again.Error?.Code);
        await using var db = _fixture.Database.NewContext();
        Assert.Equal(1, await db.StockDocuments.CountAsync(d => d.Reason == StockReason.AgreementCallUp));
    }

    private CallUpArrival Medicine(string? lot, DateOnly? expiry) => new(_medicine, 20, lot, expiry);

    private CallUpArrival Phones(params string[] serials) => new(_phone, 2, SerialNumbers: serials);

    private Task<Outcome<CallUp>> ReceiveAsync(CallUp callUp, params CallUpArrival[] lines) => ReceiveAsync(callUp, null, lines);

    private async Task<Outcome<CallUp>> ReceiveAsync(CallUp callUp, int? version, CallUpArrival[] lines, WorkflowActor? actor = null)
    {
        await using var db = _fixture.Database.NewContext();
        return await _fixture.Deliveries(db).ReceiveAsync(callUp.Id, version ?? callUp.Version, lines, actor ?? _keeper);
    }

    /// Medicine by lot and phones by serial number under one agreement; a transfer to SC1 of 20 and 2, approved from it.
    private async Task<CallUp> CalledUpAsync(string provider)
    {
        await _fixture.SetUpAsync(provider);
        await using var db = _fixture.Database.NewContext();
        _medicine = (await Build.ItemAsync(db, "YP-0001", TrackingMode.Batch, "碘伏")).Id;
        _phone = (await Build.ItemAsync(db, "TX-0001", TrackingMode.Serial, "卫星电话")).Id;
        _depot = (await Build.DepotAsync(db, "SC1", 30.3, 120.3)).Id;
        _keeper = new WorkflowActor("keeper-sc1", new HashSet<string> { Roles.Keeper }, [_depot], null);
        var today = _fixture.Database.Clock.Today;
        var agreement = await new SupplierBook(db, new Auditing.AuditTrail(db, _fixture.Database.Clock)).SaveAgreementAsync(null,
            new AgreementInput(_fixture.Supplier, "XY-2026-07", today.AddDays(-1), today.AddDays(200), 6, [(_medicine, 100), (_phone, 10)]),
            SupplierFixture.Admin);
        Assert.True(agreement.Succeeded, agreement.Error?.Message);
        var steps = _fixture.Approvals.Steps(db);
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("江澜溃堤", EmergencyLevel.III, DateTime.UtcNow.AddHours(2),
            DestinationKind.Depot, _depot, null, null, null, "李明", "13800000000", null, [(_medicine, 20), (_phone, 2)]),
            ApprovalFixture.Department, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        _request = draft.Value;
        Assert.True((await steps.Triggers.FireAsync(_request, 1, RequestTrigger.Submit, null, ApprovalFixture.Department)).Succeeded);
        var version = (await _fixture.Approvals.RequestAsync(_request)).Version;
        var approved = await steps.Approval.ApproveAsync(_request, version, [
            new LineDecision(_medicine, 20, [], [(agreement.Value!.Id, 20)]), new LineDecision(_phone, 2, [], [(agreement.Value.Id, 2)])],
            ApprovalFixture.Deputy, "批准");
        Assert.True(approved.Succeeded, approved.Error?.Message);
        return (await _fixture.CallUpOfAsync(_request))!;
    }
}
