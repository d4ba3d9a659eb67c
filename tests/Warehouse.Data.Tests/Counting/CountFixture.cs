using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Counting;
using Warehouse.Data.Counting.Steps;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Counting;

/// A depot with two bins (tents in A-01-01, two generators by serial in A-01-02) and a third empty one, the count's
/// steps wired by the app's own registration, and a slip queue that remembers what it was asked to print.
public sealed class CountFixture : IDisposable
{
    public static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private readonly TestDatabase _database = new();

    public int Depot { get; private set; }
    public int OtherDepot { get; private set; }
    public int Tent { get; private set; }
    public int Generator { get; private set; }
    public Dictionary<string, int> Bins { get; } = [];
    public WorkflowActor Keeper { get; private set; } = null!;
    public WorkflowActor SecondKeeper { get; private set; } = null!;
    public List<string> Slips { get; } = [];

    public static async Task<CountFixture> CreateAsync(decimal tentPrice = 10m)
    {
        var fixture = new CountFixture();
        await fixture.SetUpAsync(tentPrice);
        return fixture;
    }

    public void Dispose() => _database.Dispose();

    /// The database under the fixture, whose clock a test may move.
    public TestDatabase Database => _database;

    public WarehouseDbContext NewContext() => _database.NewContext();

    public T Step<T>(WarehouseDbContext db) where T : notnull =>
        new ServiceCollection().AddSingleton(db).AddSingleton(_database.Clock).AddSingleton<ICountSlipQueue>(new Recorder(Slips))
            .AddCountSteps(new ConfigurationBuilder().AddInMemoryCollection(
                new Dictionary<string, string?> { ["Counts:ToleranceQuantity"] = "2", ["Counts:ToleranceValue"] = "100" }).Build())
            .BuildServiceProvider().GetRequiredService<T>();

    public async Task<Outcome<PostedDocument>> PostAsync(DocumentKind kind, StockReason reason, string clientId, params PostingLine[] lines)
    {
        await using var db = NewContext();
        return await _database.Posting(db).PostAsync(new PostingRequest(kind, Depot, reason, clientId, lines, new Actor("keeper", null, null)));
    }

    public async Task<int> PlanAsync(CountScope scope = CountScope.Depot, string? from = null, string? to = null, int? cycle = null)
    {
        await using var db = NewContext();
        var planned = await Step<CountPlanning>(db).PlanAsync(new CountPlan(Depot, scope, from, to, CycleSize: cycle), Manager);
        Assert.True(planned.Succeeded, planned.Error?.Message);
        return planned.Value!.Id;
    }

    public async Task<Outcome<CountScanResult>> ScanAsync(int count, string bin, int? item, int quantity, WorkflowActor? who = null,
        int? unit = null, string? clientId = null)
    {
        await using var db = NewContext();
        var goods = item is { } id ? new CountedGoods(id, null, unit) : (CountedGoods?)null;
        return await Step<CountRecording>(db).RecordAsync(count, new CountScan(Bins[bin], $"CR-{bin}", goods, quantity,
            clientId ?? Guid.NewGuid().ToString("N")), who ?? Keeper);
    }

    public async Task<Outcome<CountState>> SubmitAsync(int count, WorkflowActor? who = null)
    {
        await using var db = NewContext();
        return await Step<CountSubmission>(db).SubmitAsync(count, who ?? Keeper);
    }

    public async Task<Outcome<CountApproved>> ApproveAsync(int count, WorkflowActor? who = null)
    {
        await using var db = NewContext();
        return await Step<CountApproval>(db).ApproveAsync(count, who ?? Manager);
    }

    public async Task<StockCount> LoadAsync(int count)
    {
        await using var db = NewContext();
        return await db.StockCounts.AsNoTracking().Include(c => c.Lines).Include(c => c.Locations).SingleAsync(c => c.Id == count);
    }

    public async Task<int> OnHandAsync(int item, string bin)
    {
        await using var db = NewContext();
        return await db.StockBalances.Where(b => b.ItemId == item && b.LocationId == Bins[bin]).SumAsync(b => b.OnHand);
    }

    /// Invariant 1: every balance's on hand is the sum of its ledger rows.
    public async Task AssertLedgerMatchesBalancesAsync()
    {
        await using var db = NewContext();
        var sums = await db.StockMovements.GroupBy(m => m.BalanceId).Select(g => new { g.Key, Sum = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(g => g.Key, g => g.Sum);
        foreach (var balance in await db.StockBalances.ToListAsync())
            Assert.Equal(balance.OnHand, sums.GetValueOrDefault(balance.Id));
    }

    private async Task SetUpAsync(decimal tentPrice)
    {
        await using (var db = NewContext())
        {
            var depot = await Build.DepotAsync(db, "CR");
            Depot = depot.Id;
            OtherDepot = (await Build.DepotAsync(db, "SC1", 30.3, 120.3)).Id;
            foreach (var bin in new[] { "A-01-01", "A-01-02", "A-01-03" })
                Bins[bin] = (await Build.LocationAsync(db, depot, bin)).Id;
            var tent = await Build.ItemAsync(db, "SH-0001");
            tent.SetKeeping(null, null, false, tentPrice, null);
            var generator = await Build.ItemAsync(db, "DL-0001", TrackingMode.Serial, "发电机");
            generator.SetKeeping(null, null, true, 1000m, null);
            await db.SaveChangesAsync();
            (Tent, Generator) = (tent.Id, generator.Id);
        }
        Keeper = new WorkflowActor("keeper", new HashSet<string> { Roles.Keeper }, [Depot], null);
        SecondKeeper = new WorkflowActor("keeper2", new HashSet<string> { Roles.Keeper }, [Depot], null);
        var received = await PostAsync(DocumentKind.Receipt, StockReason.Purchase, "stock",
            new PostingLine(Tent, 10, Bins["A-01-01"]), new PostingLine(Generator, 1, Bins["A-01-02"], SerialNumber: "G1"),
            new PostingLine(Generator, 1, Bins["A-01-02"], SerialNumber: "G2"));
        Assert.True(received.Succeeded, received.Error?.Message);
    }

    public async Task<int> UnitAsync(string serial)
    {
        await using var db = NewContext();
        return await db.EquipmentUnits.Where(u => u.SerialNumber == serial).Select(u => u.Id).SingleAsync();
    }

    private sealed class Recorder(List<string> slips) : ICountSlipQueue
    {
        public Task EnqueueAsync(StockCount count, string userName)
        {
            slips.Add(count.Number);
            return Task.CompletedTask;
        }
    }
}
