using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Kits;
using Warehouse.Data.Stock;
using Warehouse.Data.Tests.Maintenance;
using Warehouse.Domain.Kits;

namespace Warehouse.Data.Tests.Kits;

/// Two keepers packing the same unit into two kits at the same moment: one kit gets it, the other is refused, on every
/// provider; packing moves no stock.
public sealed class KitPackingRaceTests : IDisposable
{
    private TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task One_unit_packed_into_two_kits_at_once_ends_up_in_exactly_one(string provider)
    {
        _database = _database.On(provider);
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        int definition;
        await using (var db = _database.NewContext())
        {
            var kit = new KitDefinition("VILLAGE", "村级装备包");
            kit.SetLine(setup.Generator, 1);
            db.KitDefinitions.Add(kit);
            await db.SaveChangesAsync();
            definition = kit.Id;
        }
        var unit = await UnitAsync();
        var kits = new List<int>();
        foreach (var _ in new[] { 1, 2 })
        {
            await using var db = _database.NewContext();
            var started = await Packing(db).StartAsync(definition, setup.Depot, setup.Keeper);
            Assert.True(started.Succeeded, started.Error?.Message);
            kits.Add(started.Value);
        }

        var outcomes = await Task.WhenAll(kits.Select(kit => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            return await Packing(db).PackAsync(kit, new ScannedGoods(setup.Generator, null, unit), 1, setup.Keeper);
        })));

        Assert.Single(outcomes, o => o.Succeeded);
        // The loser reads the unit as held by the other kit, or finds its balance no longer free (the other kit committed
        // between its two reads), or loses at the unique index.
        Assert.Contains(outcomes.Single(o => !o.Succeeded).Error!.Code, new[] { "UnitAlreadyInKit", "KitStockNotFree", "ConcurrentChange" });
        await using var check = _database.NewContext();
        Assert.Equal(1, await check.KitComponents.CountAsync(c => c.HeldUnitId == unit));
        await Invariants.AssertAsync(check);
    }

    private KitPacking Packing(WarehouseDbContext db) =>
        new(db, new WorkflowNumbers(new NumberSequences(db), _database.Clock), new KitHoldings(db), new AuditTrail(db, _database.Clock),
            _database.Clock);

    private async Task<int> UnitAsync()
    {
        await using var db = _database.NewContext();
        return await db.EquipmentUnits.Select(u => u.Id).SingleAsync();
    }
}
