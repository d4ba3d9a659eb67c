using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Readiness;

namespace Warehouse.Domain.Tests;

public sealed class ReadinessRuleTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(1_000_001)]
    public void A_standard_refuses_a_quantity_that_is_not_a_whole_number_above_zero(double quantity)
    {
        var standard = new EquipmentStandard("V5X", "村级“5+X”");
        standard.SetLines([(1, CoverageBasis.PerVillage, 2m)]);

        var refused = Assert.Throws<DomainException>(() => standard.SetLines([(1, CoverageBasis.PerVillage, (decimal)quantity)]));

        Assert.Equal("StandardQuantityInvalid", refused.Error.Code);
        Assert.Equal(2, Assert.Single(standard.Lines).Quantity);
    }

    [Fact]
    public void A_village_needs_its_township_and_holds_no_storage_point()
    {
        var township = new Place("BSZ", "白沙镇", PlaceKind.Township, null);
        var village = new Place("BSZ-01", "白沙村", PlaceKind.Village, township);

        static string Refusal(Action act) => Assert.Throws<DomainException>(act).Error.Code;

        Assert.Equal("VillageNeedsTownship", Refusal(() => _ = new Place("X-01", "无主村", PlaceKind.Village, null)));
        Assert.Equal("VillageNeedsTownship", Refusal(() => _ = new Place("X-02", "村下村", PlaceKind.Village, village)));
        Assert.Equal("VillageHasNoDepot", Refusal(() => village.Describe("白沙村", 1, 1, 3, null)));
        Assert.Equal("PlaceCountInvalid", Refusal(() => village.Describe("白沙村", -1, 1, null, null)));
    }

    [Fact]
    public void Each_line_requires_its_quantity_per_village_township_duty_person_or_storage_point()
    {
        var township = new Place("BSZ", "白沙镇", PlaceKind.Township, null);
        township.Describe("白沙镇", 10, 0, 7, null);
        var village = new Place("BSZ-01", "白沙村", PlaceKind.Village, township);
        village.Describe("白沙村", 4, 300, null, null);
        var standard = new EquipmentStandard("ALL", "全部");
        standard.SetLines([(1, CoverageBasis.PerVillage, 1m), (2, CoverageBasis.PerTownship, 2m), (3, CoverageBasis.PerDutyPerson, 1m),
            (4, CoverageBasis.PerDepot, 5m)]);

        Assert.Equal([1, 0, 4, 0], standard.Lines.Select(l => l.RequiredAt(village)));
        Assert.Equal([0, 2, 10, 5], standard.Lines.Select(l => l.RequiredAt(township)));
    }

    [Fact]
    public void A_surplus_of_one_item_does_not_hide_the_gap_of_another()
    {
        var total = FillRate.Sum([new FillRate(2, 10), new FillRate(4, 1)]);

        Assert.Equal(6, total.Required);
        Assert.Equal(3, total.Covered);
        Assert.Equal(3, total.Missing);
        Assert.Equal(0.5, total.Rate);
    }

    [Fact]
    public void A_draft_sent_to_a_village_keeps_it_when_saved_again_and_drops_it_for_another_destination()
    {
        var village = new Place("BSZ-01", "白沙村", PlaceKind.Village, new Place("BSZ", "白沙镇", PlaceKind.Township, null));
        var request = new AllocationRequest("SQ1", "dept", 7, DateTime.UtcNow);
        request.SendTo(village);

        request.SendTo(DestinationKind.Township, " 白沙村 ", null);
        var kept = request.DestinationPlaceId;
        request.SendTo(DestinationKind.Township, "沙湾村", null);

        Assert.Equal(village.Id, kept);
        Assert.Null(request.DestinationPlaceId);
    }
}
