using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Tests;

public sealed class ItemTrackingRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Item Tracked(TrackingMode tracking) => new("SH-0101", "Tent", SupplyClass.ProtectiveGear, "pc", tracking);

    [Fact]
    public void An_untracked_item_is_received_with_no_lot_and_no_serial()
    {
        var item = Tracked(TrackingMode.None);
        Assert.Null(item.CheckReceipt(5, null, null, null, null));
        Assert.Equal(("NotTracked", "lot"), Refusal(item.CheckReceipt(5, null, "L1", null, null)));
        Assert.Equal(("NotTracked", "lot"), Refusal(item.CheckReceipt(5, 7, null, null, null)));
        Assert.Equal(("NotTracked", "serial number"), Refusal(item.CheckReceipt(5, null, null, null, "SN1")));
        Assert.Equal(("NotTracked", "serial number"), Refusal(item.CheckReceipt(5, null, null, 3, null)));
    }

    [Fact]
    public void A_batch_tracked_item_is_received_into_a_known_batch_or_a_lot_and_takes_no_serial()
    {
        var item = Tracked(TrackingMode.Batch);
        Assert.Null(item.CheckReceipt(5, null, "L1", null, null));
        Assert.Null(item.CheckReceipt(5, 7, null, null, null));
        Assert.Equal("LotRequired", item.CheckReceipt(5, null, " ", null, null)?.Code);
        Assert.Equal(("NotTracked", "serial number"), Refusal(item.CheckReceipt(5, null, "L1", null, "SN1")));
    }

    [Fact]
    public void A_new_lot_needs_an_expiry_that_has_not_passed_except_on_an_opening_balance()
    {
        var item = Tracked(TrackingMode.Batch);
        Assert.Null(item.CheckNewLot("L1", Today, Today, openingBalance: false));
        Assert.Equal("ExpiryRequired", item.CheckNewLot("L1", null, Today, openingBalance: true)?.Code);
        Assert.Equal("LotAlreadyExpired", item.CheckNewLot("L1", Today.AddDays(-1), Today, openingBalance: false)?.Code);
        Assert.Null(item.CheckNewLot("L1", Today.AddDays(-1), Today, openingBalance: true));
    }

    [Fact]
    public void A_serial_numbered_item_is_received_one_named_unit_at_a_time_without_a_lot()
    {
        var item = Tracked(TrackingMode.Serial);
        Assert.Null(item.CheckReceipt(1, null, null, null, "SN1"));
        Assert.Null(item.CheckReceipt(1, null, null, 3, null));
        Assert.Equal("SerialQuantityMustBeOne", item.CheckReceipt(2, null, null, null, "SN1")?.Code);
        Assert.Equal("SerialRequired", item.CheckReceipt(1, null, null, null, "  ")?.Code);
        Assert.Equal(("NotTracked", "lot"), Refusal(item.CheckReceipt(1, null, "L1", null, "SN1")));
    }

    [Theory]
    [InlineData(TrackingMode.None)]
    [InlineData(TrackingMode.Batch)]
    [InlineData(TrackingMode.Serial)]
    public void No_issue_brings_a_new_lot(TrackingMode tracking)
    {
        var item = Tracked(tracking);
        Assert.Equal(("NotTracked", "new lot on issue"), Refusal(item.CheckIssue(1, "L1", null, null, null)));
        Assert.Equal(("NotTracked", "new lot on issue"), Refusal(item.CheckIssue(1, null, Today, null, null)));
    }

    [Fact]
    public void Only_a_serial_numbered_item_is_issued_by_unit_and_then_one_at_a_time()
    {
        Assert.Null(Tracked(TrackingMode.Batch).CheckIssue(5, null, null, null, null));
        Assert.Equal(("NotTracked", "serial number"), Refusal(Tracked(TrackingMode.None).CheckIssue(1, null, null, null, "SN1")));
        Assert.Equal(("NotTracked", "serial number"), Refusal(Tracked(TrackingMode.Batch).CheckIssue(1, null, null, 3, null)));
        var serial = Tracked(TrackingMode.Serial);
        Assert.Null(serial.CheckIssue(1, null, null, 3, null));
        Assert.Equal("SerialQuantityMustBeOne", serial.CheckIssue(2, null, null, 3, null)?.Code);
    }

    private static (string, object) Refusal(Common.DomainError? error) => (error!.Code, error.Arguments[1]);
}
