using Warehouse.Domain.Common;
using Warehouse.Domain.Kits;

namespace Warehouse.Domain.Tests;

/// A kit's bill takes whole positive quantities; a kit holds no more than its bill, knows what it lacks and its earliest
/// expiry, and is unpacked only on the shelf.
public sealed class KitRuleTests
{
    private const int Helmet = 1, FirstAid = 2, Radio = 3;

    [Theory]
    [InlineData(1.5)]
    [InlineData(-2)]
    [InlineData(0)]
    [InlineData(1001)]
    public void A_bill_line_takes_only_whole_numbers_from_one_to_the_limit(double quantity)
    {
        var definition = new KitDefinition("FLOOD", "防汛包");

        var refused = Assert.Throws<DomainException>(() => definition.SetLine(Helmet, (decimal)quantity));

        Assert.Equal("KitQuantityInvalid", refused.Error.Code);
        Assert.Empty(definition.Lines);
    }

    [Fact]
    public void A_kit_lacks_what_its_bill_asks_for_until_packed_and_its_expiry_is_its_earliest_components()
    {
        var (definition, kit) = FloodKit();

        kit.Pack(definition, "头盔", Helmet, 10, null, null, 1, null);
        kit.Pack(definition, "急救包", FirstAid, 11, 5, null, 1, new DateOnly(2027, 3, 1));

        Assert.Equal([(FirstAid, 1), (Radio, 1)], kit.Lacking(definition));
        kit.Pack(definition, "急救包", FirstAid, 12, 6, null, 1, new DateOnly(2026, 12, 31));
        kit.Pack(definition, "对讲机", Radio, 13, null, 7, 1, null);
        Assert.True(kit.IsComplete(definition));
        Assert.Equal(new DateOnly(2026, 12, 31), kit.Expiry);
    }

    [Fact]
    public void A_kit_refuses_items_off_its_bill_more_than_the_bill_and_the_same_unit_twice()
    {
        var (definition, kit) = FloodKit();
        kit.Pack(definition, "对讲机", Radio, 13, null, 7, 1, null);

        Assert.Equal("NotInKit", Assert.Throws<DomainException>(() => kit.Pack(definition, "帐篷", 99, 1, null, null, 1, null))
            .Error.Code);
        Assert.Equal("KitLineFull", Assert.Throws<DomainException>(() => kit.Pack(definition, "头盔", Helmet, 10, null, null, 2, null))
            .Error.Code);
        Assert.Equal("UnitAlreadyInKit", Assert.Throws<DomainException>(() => kit.Pack(definition, "对讲机", Radio, 13, null, 7, 1, null))
            .Error.Code);
        Assert.Single(kit.Components);
    }

    [Fact]
    public void A_kit_out_on_a_dispatch_is_not_unpacked_and_comes_back_packed_without_its_used_up_goods()
    {
        var (definition, kit) = FloodKit();
        kit.Pack(definition, "头盔", Helmet, 10, null, null, 1, null);
        kit.Pack(definition, "急救包", FirstAid, 11, 5, null, 2, new DateOnly(2027, 3, 1));
        kit.TakeOnto(42);
        kit.Dispatch();

        Assert.Equal("KitOnDispatch", Assert.Throws<DomainException>(() => kit.Unpack("keeper", DateTime.UtcNow)).Error.Code);
        kit.ComeBack(42, 1, new HashSet<int> { FirstAid });
        Assert.Equal(KitState.Packed, kit.State);
        Assert.Equal([(FirstAid, 2), (Radio, 1)], kit.Lacking(definition));
        kit.Unpack("keeper", DateTime.UtcNow);
        Assert.Equal(KitState.Unpacked, kit.State);
        Assert.All(kit.Components, c => Assert.Null(c.HeldUnitId));
        Assert.Equal("KitNotOpen", Assert.Throws<DomainException>(() => kit.Pack(definition, "头盔", Helmet, 10, null, null, 1, null))
            .Error.Code);
    }

    private static (KitDefinition, Kit) FloodKit()
    {
        var definition = new KitDefinition("FLOOD", "防汛包");
        definition.SetLine(Helmet, 1);
        definition.SetLine(FirstAid, 2);
        definition.SetLine(Radio, 1);
        return (definition, new Kit("KT20261130-0001", definition, 1, "keeper", DateTime.UtcNow));
    }
}
