using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Readiness;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Readiness;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Readiness;

/// What a place holds and its fill rate (配备率), counted from the real ledger on the real database.
public sealed class FillRateTests : IDisposable
{
    private static readonly Actor Keeper = new("keeper", null, "127.0.0.1");
    private TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Goods_issued_to_a_village_count_as_held_there_until_they_are_returned(string provider)
    {
        _database = _database.On(provider);
        await using var db = _database.NewContext();
        var (depot, pump, village, _) = await SetUpAsync(db);
        var posting = _database.Posting(db);
        await posting.PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Purchase, "r1", [new(pump.Id, 10)], Keeper));

        var issued = await posting.PostAsync(new PostingRequest(DocumentKind.Issue, depot.Id, StockReason.IssueToPlace, "i1",
            [new(pump.Id, 3)], Keeper, PlaceId: village.Id));
        var afterIssue = await VillageRateAsync(db, village);
        var returned = await posting.PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Return, "b1",
            [new(pump.Id, 1)], Keeper, PlaceId: village.Id));
        var afterReturn = await VillageRateAsync(db, village);

        Assert.True(issued.Succeeded && returned.Succeeded, issued.Error?.Message ?? returned.Error?.Message);
        Assert.Equal(new FillRate(4, 3), afterIssue);
        Assert.Equal(1, afterIssue.Missing);
        Assert.Equal(new FillRate(4, 2), afterReturn);
        Assert.Equal(0.5, afterReturn.Rate);
        Assert.Equal(await db.StockBalances.SumAsync(b => b.OnHand), await db.StockMovements.SumAsync(m => m.Quantity));
    }

    [Fact]
    public async Task A_township_holds_what_its_own_storage_point_has_on_hand()
    {
        await using var db = _database.NewContext();
        var (_, pump, _, township) = await SetUpAsync(db);
        var point = await Build.DepotAsync(db, "TP9");
        township.Describe(township.Name, 2, 100, point.Id, null);
        await db.SaveChangesAsync();
        await _database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, point.Id, StockReason.Purchase, "r1",
            [new(pump.Id, 7)], Keeper));

        var report = await new FillRates(db, new PlaceHoldings(db)).BuildAsync(CancellationToken.None);

        var row = Assert.Single(Assert.Single(report.Standards).Townships);
        Assert.Equal(township.Id, row.PlaceId);
        Assert.Equal(new FillRate(6, 7), Assert.Single(row.Items).Rate);
        Assert.Equal(1.0, row.Total.Rate);
        Assert.Equal(0, row.Total.Missing);
    }

    [Fact]
    public async Task An_issue_to_a_place_without_the_place_or_to_an_unknown_place_is_refused_and_changes_nothing()
    {
        await using var db = _database.NewContext();
        var (depot, pump, village, _) = await SetUpAsync(db);
        var posting = _database.Posting(db);
        await posting.PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Purchase, "r1", [new(pump.Id, 10)], Keeper));
        var movements = await db.StockMovements.CountAsync();

        var noPlace = await posting.PostAsync(new PostingRequest(DocumentKind.Issue, depot.Id, StockReason.IssueToPlace, "i1",
            [new(pump.Id, 3)], Keeper));
        var unknown = await posting.PostAsync(new PostingRequest(DocumentKind.Issue, depot.Id, StockReason.IssueToPlace, "i2",
            [new(pump.Id, 3)], Keeper, PlaceId: 9999));
        var wrongReason = await posting.PostAsync(new PostingRequest(DocumentKind.Issue, depot.Id, StockReason.InternalUse, "i3",
            [new(pump.Id, 3)], Keeper, PlaceId: village.Id));

        Assert.Equal("PlaceRequired", noPlace.Error?.Code);
        Assert.Equal("UnknownPlace", unknown.Error?.Code);
        Assert.Equal("PlaceNotForReason", wrongReason.Error?.Code);
        Assert.Equal(movements, await db.StockMovements.CountAsync());
        Assert.Equal(10, await db.StockBalances.SumAsync(b => b.OnHand));
        Assert.False(await db.PlaceDocuments.AnyAsync());
    }

    private static async Task<FillRate> VillageRateAsync(WarehouseDbContext db, Place village)
    {
        var report = await new FillRates(db, new PlaceHoldings(db)).BuildAsync(CancellationToken.None);
        return Assert.Single(report.Standards).Villages.Single(p => p.PlaceId == village.Id).Total;
    }

    /// A depot, a pump, a township with one village, and a standard of 4 pumps per village and 3 per flood-duty person.
    private static async Task<(Depot Depot, Item Pump, Place Village, Place Township)> SetUpAsync(WarehouseDbContext db)
    {
        var depot = await Build.DepotAsync(db);
        var pump = await Build.ItemAsync(db, "GS-0703", name: "汽油机抽水泵");
        var township = new Place("BSZ", "白沙镇", PlaceKind.Township, null);
        var village = new Place("BSZ-01", "白沙村", PlaceKind.Village, township);
        village.Describe("白沙村", 0, 300, null, null);
        var standard = new EquipmentStandard("V5X", "村级“5+X”");
        standard.SetLines([(pump.Id, CoverageBasis.PerVillage, 4m), (pump.Id, CoverageBasis.PerDutyPerson, 3m)]);
        db.AddRange(township, village, standard);
        await db.SaveChangesAsync();
        return (depot, pump, village, township);
    }
}
