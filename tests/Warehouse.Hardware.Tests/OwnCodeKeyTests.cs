using Warehouse.Hardware.Scanning;

namespace Warehouse.Hardware.Tests;

public class OwnCodeKeyTests
{
    [Theory]
    [InlineData(OwnCodeKind.Location, "WL-CR-A-01-02", "CR-A-01-02")]
    [InlineData(OwnCodeKind.Location, " wl-cr-a-01-02 ", "CR-A-01-02")]
    [InlineData(OwnCodeKind.Location, "CR-A-01-02", "CR-A-01-02")]
    [InlineData(OwnCodeKind.Location, "a-01-02", "A-01-02")]
    [InlineData(OwnCodeKind.Item, "WI-SH-0101", "SH-0101")]
    [InlineData(OwnCodeKind.Item, "wi-sh-0101", "SH-0101")]
    [InlineData(OwnCodeKind.Item, "sh-0101", "SH-0101")]
    [InlineData(OwnCodeKind.Batch, "WB-B000123", "B000123")]
    [InlineData(OwnCodeKind.EquipmentUnit, "WE-EQ000045", "EQ000045")]
    [InlineData(OwnCodeKind.Dispatch, "WD-DP20261123-0007", "DP20261123-0007")]
    [InlineData(OwnCodeKind.Kit, "wk-kt20261130-0001", "KT20261130-0001")]
    public void A_code_with_or_without_its_kinds_prefix_gives_the_same_upper_case_key(OwnCodeKind kind, string typed, string key) =>
        Assert.Equal(key, OwnCodes.KeyOf(kind, typed));

    [Theory]
    [InlineData(OwnCodeKind.Item, "WL-CR-A-01-02")]
    [InlineData(OwnCodeKind.Location, "WI-SH-0101")]
    [InlineData(OwnCodeKind.Item, "WX-SH-0101")]
    public void Another_kinds_prefix_is_kept_as_part_of_the_key(OwnCodeKind kind, string typed) =>
        Assert.Equal(typed, OwnCodes.KeyOf(kind, typed));

    [Fact]
    public void Every_formatted_code_resolves_back_to_its_key()
    {
        foreach (var kind in Enum.GetValues<OwnCodeKind>())
            Assert.Equal("K-1", OwnCodes.KeyOf(kind, OwnCodes.Format(kind, "k-1")));
    }

    [Fact]
    public void The_scan_parser_reads_the_same_key_as_the_resolver()
    {
        var parsed = Assert.IsType<OwnCode>(ScanParser.Parse("wl-cr-a-01-02").Payload);
        Assert.Equal((OwnCodeKind.Location, OwnCodes.KeyOf(OwnCodeKind.Location, "wl-cr-a-01-02")), (parsed.Kind, parsed.Key));
    }
}
