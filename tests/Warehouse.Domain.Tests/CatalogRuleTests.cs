using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Tests;

public sealed class CatalogRuleTests
{
    [Theory]
    [InlineData("06904213001011", true)]
    [InlineData("06904213001012", false)]
    [InlineData("4006381333931", true)]
    [InlineData("4006381333932", false)]
    [InlineData("96385074", true)]
    public void Gtin_check_digits_follow_gs1_mod_10(string digits, bool valid) =>
        Assert.Equal(valid, Gtin.HasValidCheckDigit(digits));

    [Fact]
    public void Gtin_is_kept_as_fourteen_digits_and_a_bad_one_is_refused()
    {
        Assert.Equal("04006381333931", Gtin.NormalizeOptional(" 4006381333931 "));
        Assert.Null(Gtin.NormalizeOptional(""));
        var refused = Assert.Throws<DomainException>(() => Gtin.NormalizeOptional("4006381333932"));
        Assert.Equal("GtinInvalid", refused.Error.Code);
    }

    [Theory]
    [InlineData("sh-0101", "SH-0101")]
    [InlineData(" CR ", "CR")]
    public void Codes_are_trimmed_and_upper_cased(string input, string expected) =>
        Assert.Equal(expected, CatalogCodes.Normalize(input, "Code"));

    [Theory]
    [InlineData("")]
    [InlineData("帐篷")]
    [InlineData("A B")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ01234")]
    public void Codes_that_would_not_fit_a_barcode_are_refused(string input) =>
        Assert.Equal("CodeInvalid", Assert.Throws<DomainException>(() => CatalogCodes.Normalize(input, "Code")).Error.Code);

    [Fact]
    public void Location_codes_lead_with_their_depot()
    {
        var depot = new Depot("SC1", "一分中心", DepotKind.SubCenter, new GeoPoint(30.1, 120.1));
        Assert.Equal("SC1-A-01-02", new Location(depot, "a-01-02").Code);
    }

    [Fact]
    public void Distance_between_two_points_is_the_great_circle()
    {
        var hangzhouEast = new GeoPoint(30.2906, 120.2128);
        var shanghai = new GeoPoint(31.2304, 121.4737);
        Assert.InRange(hangzhouEast.DistanceKmTo(shanghai), 155, 165);
        Assert.Equal(0, shanghai.DistanceKmTo(shanghai), 6);
    }

    [Fact]
    public void Coordinates_out_of_range_are_refused() =>
        Assert.Throws<DomainException>(() => new GeoPoint(91, 0));

    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(5, 5, true)]
    [InlineData(6, 5, false)]
    [InlineData(-1, 5, false)]
    [InlineData(0, 0, false)]
    public void Quota_minimum_never_exceeds_target(int minimum, int target, bool allowed)
    {
        if (allowed)
            Assert.Equal(target, new Quota(1, 1, minimum, target).Target);
        else
            Assert.Equal("QuotaInvalid", Assert.Throws<DomainException>(() => new Quota(1, 1, minimum, target)).Error.Code);
    }

    [Fact]
    public void A_reserve_floor_lies_between_zero_and_the_target_and_follows_a_lowered_target()
    {
        var quota = new Quota(1, 1, 10, 50);
        quota.SetReserveFloor(20);
        Assert.True(quota.BreaksFloor(19));
        Assert.False(quota.BreaksFloor(20));
        Assert.Equal("ReserveFloorInvalid", Assert.Throws<DomainException>(() => quota.SetReserveFloor(51)).Error.Code);
        Assert.Equal("ReserveFloorInvalid", Assert.Throws<DomainException>(() => quota.SetReserveFloor(-1)).Error.Code);
        quota.Set(5, 15);
        Assert.Equal(15, quota.ReserveFloor);
    }

    [Fact]
    public void Item_keeping_rules_refuse_nonsense()
    {
        var item = new Item("SS-0001", "饮用水", SupplyClass.FoodAndShelter, "箱", TrackingMode.Batch);
        Assert.Throws<DomainException>(() => item.SetKeeping(0, null, false, 10m, null));
        Assert.Throws<DomainException>(() => item.SetKeeping(365, null, false, -1m, null));
        item.SetKeeping(365, null, false, 24.456m, null);
        Assert.Equal(24.46m, item.UnitPrice);
    }
}

public sealed class StockRuleTests
{
    [Theory]
    [InlineData(1, null)]
    [InlineData(1_000_000, null)]
    [InlineData(0, "QuantityNotPositive")]
    [InlineData(-5, "QuantityNotPositive")]
    [InlineData(1_000_001, "QuantityTooLarge")]
    public void Quantities_are_positive_and_plausible(int quantity, string? error) =>
        Assert.Equal(error, StockRules.CheckQuantity(quantity)?.Code);

    [Theory]
    [InlineData("3f2a9c1e-77aa-4e1b-9a1e-0c5d8e6f7a10", true)]
    [InlineData("scan_001", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData(null, false)]
    public void Client_ids_are_short_safe_tokens(string? clientId, bool valid) =>
        Assert.Equal(valid, StockRules.IsValidClientId(clientId));

    [Fact]
    public void Each_document_kind_takes_only_its_own_reasons()
    {
        Assert.True(StockReasons.Allows(DocumentKind.Receipt, StockReason.Donation));
        Assert.False(StockReasons.Allows(DocumentKind.Receipt, StockReason.Scrap));
        Assert.False(StockReasons.Allows(DocumentKind.Issue, StockReason.Purchase));
        Assert.False(StockReasons.Allows(DocumentKind.Receipt, StockReason.OpeningBalance));
        Assert.True(StockReasons.Allows(DocumentKind.Receipt, StockReason.OpeningBalance, settingUp: true));
        Assert.False(StockReasons.Allows(DocumentKind.Issue, StockReason.Scrap));
        Assert.False(StockReasons.Allows(DocumentKind.Issue, StockReason.Loss));
        Assert.True(StockReasons.Allows(DocumentKind.Issue, StockReason.DonationOut));
    }

    [Theory]
    [InlineData(DocumentKind.Receipt, StockReason.Return, MovementKind.Return)]
    [InlineData(DocumentKind.Receipt, StockReason.Purchase, MovementKind.Receipt)]
    [InlineData(DocumentKind.Issue, StockReason.Scrap, MovementKind.Scrap)]
    [InlineData(DocumentKind.Issue, StockReason.Loss, MovementKind.Adjustment)]
    [InlineData(DocumentKind.Issue, StockReason.InternalUse, MovementKind.Issue)]
    public void Reasons_map_to_ledger_movement_kinds(DocumentKind kind, StockReason reason, MovementKind movement) =>
        Assert.Equal(movement, StockReasons.MovementFor(kind, reason));

    [Fact]
    public void Balance_keys_tell_apart_every_dimension()
    {
        var a = new BalanceKey(1, null, 2, null, null, StorageMode.Government).ToString();
        var b = new BalanceKey(1, null, 2, null, null, StorageMode.Agreement).ToString();
        var c = new BalanceKey(1, 3, 2, null, null, StorageMode.Government).ToString();
        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
    }

    [Fact]
    public void The_bureau_day_is_the_zone_day_not_the_server_day()
    {
        var clock = new BureauClock(new FixedTime(new DateTimeOffset(2026, 11, 23, 17, 30, 0, TimeSpan.Zero)), BureauClock.FindZone("Asia/Shanghai"));
        Assert.Equal(new DateOnly(2026, 11, 24), clock.Today);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
