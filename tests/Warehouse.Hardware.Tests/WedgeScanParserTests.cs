using Warehouse.Hardware.Scanning;

namespace Warehouse.Hardware.Tests;

/// <summary>What keyboard-wedge scanners and Chinese input methods really deliver to <see cref="ScanParser"/>.</summary>
public class WedgeScanParserTests
{
    private const char GS = '\u001D';
    private const string Gtin = "0109506000134352";
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_lot_followed_by_its_expiry_after_a_group_separator_keeps_both()
    {
        var code = Assert.IsType<Gs1Code>(ScanParser.Parse($"]C1{Gtin}10L1{GS}17271231", Today).Payload);

        Assert.Equal(("L1", new DateOnly(2027, 12, 31)), (code.Lot, code.Expiry));
    }

    [Theory]
    [InlineData(Gtin + "10L117271231")]
    [InlineData("]C1" + Gtin + "10L117271231")]
    [InlineData("]C1" + Gtin + "21SN42" + "0109506000134352")]
    public void A_variable_length_field_that_runs_into_a_following_element_is_flagged_not_guessed(string raw)
    {
        var result = ScanParser.Parse(raw, Today);

        Assert.Null(result.Payload);
        Assert.Equal(ScanErrorKind.AmbiguousGs1, result.Error?.Kind);
    }

    [Fact]
    public void The_ambiguity_message_shows_the_reading_the_scanner_probably_meant()
    {
        Assert.Contains("(10)L1 (17)271231", ScanParser.Parse(Gtin + "10L117271231", Today).Error?.Message);
    }

    [Theory]
    [InlineData("]C1" + Gtin + "10AB1712", "AB1712")]
    [InlineData("]C1" + Gtin + "10LOT-2026", "LOT-2026")]
    [InlineData("(01)09506000134352(10)L117271231", "L117271231")]
    public void Lots_with_digits_that_do_not_read_as_a_whole_following_element_are_kept(string raw, string lot)
    {
        Assert.Equal(lot, Assert.IsType<Gs1Code>(ScanParser.Parse(raw, Today).Payload).Lot);
    }

    [Theory]
    [InlineData("ＷＩ－ＳＨ－０１０１")]
    [InlineData("ｗｉ－ｓｈ－０１０１\r\n")]
    [InlineData("WI-SH-0101\t")]
    [InlineData("WI-SH-0101\t\r\n")]
    public void Full_width_characters_and_a_Tab_suffix_read_as_the_plain_code(string raw)
    {
        var code = Assert.IsType<OwnCode>(ScanParser.Parse(raw, Today).Payload);

        Assert.Equal((OwnCodeKind.Item, "SH-0101"), (code.Kind, code.Key));
    }

    [Fact]
    public void A_GS1_string_typed_in_full_width_parentheses_and_digits_is_read()
    {
        var code = Assert.IsType<Gs1Code>(ScanParser.Parse("（０１）０９５０６０００１３４３５２（１７）２７１２３１（１０）Ｌ１", Today).Payload);

        Assert.Equal(("09506000134352", "L1", new DateOnly(2027, 12, 31)), (code.Gtin14, code.Lot, code.Expiry));
    }
}
