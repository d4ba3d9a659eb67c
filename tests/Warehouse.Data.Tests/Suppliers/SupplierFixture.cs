using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Tests.Suppliers;

/// The approval fixture's depot of 100 tents, a supplier guaranteeing more tents, and a clock the test can move on.
internal sealed class SupplierFixture : IDisposable
{
    public static readonly AuditActor Admin = new("admin", null);

    public ApprovalFixture Approvals { get; } = new();
    public MovableTime Time { get; } = new();
    public int Supplier { get; private set; }
    public TestDatabase Database => Approvals.Database;

    public void Dispose() => Approvals.Dispose();

    public async Task SetUpAsync(string provider = Providers.Sqlite)
    {
        await Approvals.SetUpAsync(provider);
        Database.Clock = new BureauClock(Time, BureauClock.FindZone("Asia/Shanghai"));
        await using var db = Database.NewContext();
        var saved = await new SupplierBook(db, new AuditTrail(db, Database.Clock))
            .SaveSupplierAsync(null, "SUP-TENT", "江澜帐篷厂", "赵经理", "13700000000", Admin);
        Assert.True(saved.Succeeded, saved.Error?.Message);
        Supplier = saved.Value!.Id;
    }

    public async Task<Outcome<SupplyAgreement>> AgreementAsync(string number, int tents, int fromDays = -30, int toDays = 300,
        int hours = 4)
    {
        await using var db = Database.NewContext();
        var today = Database.Clock.Today;
        return await new SupplierBook(db, new AuditTrail(db, Database.Clock)).SaveAgreementAsync(null,
            new AgreementInput(Supplier, number, today.AddDays(fromDays), today.AddDays(toDays), hours, [(Approvals.Tent, tents)]), Admin);
    }

    public async Task<Outcome<int>> ApproveAsync(int request, int fromDepot, int agreement, int calledUp)
    {
        await using var db = Database.NewContext();
        var decision = new LineDecision(Approvals.Tent, fromDepot + calledUp, fromDepot > 0 ? [(Approvals.Depot, fromDepot)] : [],
            [(agreement, calledUp)]);
        return await Approvals.Steps(db).Approval.ApproveAsync(request, (await Approvals.RequestAsync(request)).Version, [decision],
            ApprovalFixture.Deputy, "批准");
    }

    public async Task<CallUp?> CallUpOfAsync(int request)
    {
        await using var db = Database.NewContext();
        return await db.CallUps.AsNoTracking().Include(c => c.Lines).SingleOrDefaultAsync(c => c.RequestId == request);
    }

    public async Task<int> DrawnAsync(int agreement)
    {
        await using var db = Database.NewContext();
        return await db.AgreementLines.Where(l => l.AgreementId == agreement).SumAsync(l => l.Drawn);
    }

    public CallUpDeliveries Deliveries(WarehouseDbContext db) => Approvals.Steps(db).CallUps;
}

/// The system clock, moved on by the test: a call-up's delivery can come late without waiting.
internal sealed class MovableTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
