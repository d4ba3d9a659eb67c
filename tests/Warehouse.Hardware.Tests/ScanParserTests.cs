using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Scanning;

namespace Warehouse.Hardware.Tests;

public class ScanParserTests
{
    private const char GS = '\u001D';
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static T Payload<T>(string raw, DateOnly? today = null) where T : ScanPayload
    {
        var result = ScanParser.Parse(raw, today ?? Today);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return Assert.IsType<T>(result.Payload);
    }

    private static ScanError Error(string? raw)
    {
        var result = ScanParser.Parse(raw, Today);
        Assert.Null(result.Payload);
        return result.Error!;
    }

    [Theory]
    [InlineData("(01)09506000134352(17)201225(10)ABC123")]
    [InlineData("]C10109506000134352172012251" + "0ABC123")]
    [InlineData("]d20109506000134352172012251" + "0ABC123\r\n")]
    [InlineData("]Q3" + "0109506000134352172012251" + "0ABC123")]
    [InlineData("0109506000134352172012251" + "0ABC123")]
    public void GS1_general_specification_example_in_every_form(string raw)
    {
        var code = Payload<Gs1Code>(raw);
        Assert.Equal("09506000134352", code.Gtin14);
        Assert.Equal(new DateOnly(2020, 12, 25), code.Expiry);
        Assert.Equal("ABC123", code.Lot);
        Assert.Null(code.Serial);
        Assert.Equal(["01", "17", "10"], code.AllElements.Keys);
    }

    [Fact]
    public void Known_AIs_without_a_named_field_are_kept_in_all_elements()
    {
        var code = Payload<Gs1Code>("(01)95012345678903(3103)000123");
        Assert.Equal("95012345678903", code.Gtin14);
        Assert.Equal("000123", code.AllElements["3103"]);
        Assert.Null(code.Expiry);
    }

    [Fact]
    public void GS_separates_variable_length_elements_as_scanners_transmit_FNC1()
    {
        var code = Payload<Gs1Code>($"]C1010950600013435210LOT-7{GS}21SN0042{GS}3012\r");
        Assert.Equal("LOT-7", code.Lot);
        Assert.Equal("SN0042", code.Serial);
        Assert.Equal(12, code.Count);
    }

    [Fact]
    public void Count_of_trade_items_37_fills_count_when_30_is_absent()
    {
        Assert.Equal(24, Payload<Gs1Code>("(02)09506000134352(37)24").Count);
    }

    [Theory]
    [InlineData("250200", 2025, 2, 28)]
    [InlineData("240200", 2024, 2, 29)]
    [InlineData("261100", 2026, 11, 30)]
    [InlineData("761231", 2076, 12, 31)] // 50 years ahead: still this century
    [InlineData("771231", 1977, 12, 31)] // 51 years ahead: previous century
    public void Expiry_day_00_is_the_month_end_and_the_century_follows_the_GS1_rule(string yymmdd, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Payload<Gs1Code>($"(01)09506000134352(17){yymmdd}").Expiry);
    }

    [Fact]
    public void A_year_50_years_behind_today_is_in_the_next_century()
    {
        Assert.Equal(new DateOnly(2110, 12, 31), Payload<Gs1Code>("(01)09506000134352(17)101231", new DateOnly(2060, 1, 1)).Expiry);
        Assert.Equal(new DateOnly(2011, 12, 31), Payload<Gs1Code>("(01)09506000134352(17)111231", new DateOnly(2060, 1, 1)).Expiry);
    }

    [Theory]
    [InlineData("(01)09506000134353", ScanErrorKind.BadCheckDigit)]
    [InlineData("(01)0950600013435", ScanErrorKind.MalformedGs1)]
    [InlineData("(01)09506000134352(17)201332", ScanErrorKind.MalformedGs1)]
    [InlineData("(01)09506000134352(17)230229", ScanErrorKind.MalformedGs1)]
    [InlineData("(01)09506000134352(10)", ScanErrorKind.MalformedGs1)]
    [InlineData("(01)09506000134352(10)AB CD", ScanErrorKind.MalformedGs1)]
    [InlineData("(01)09506000134352(999)1", ScanErrorKind.MalformedGs1)]
    [InlineData("]C1010950600013435223ABC", ScanErrorKind.MalformedGs1)]
    [InlineData("]C1SH-0101", ScanErrorKind.MalformedGs1)]
    [InlineData("(00)095060001343528921", ScanErrorKind.MissingGtin)]
    [InlineData("(10)ABC(10)XYZ", ScanErrorKind.MalformedGs1)]
    public void Broken_GS1_codes_give_typed_errors(string raw, ScanErrorKind kind)
    {
        var error = Error(raw);
        Assert.Equal(kind, error.Kind);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("4006381333931", "04006381333931", RetailSymbology.Ean13)]
    [InlineData("]E04006381333931", "04006381333931", RetailSymbology.Ean13)]
    [InlineData("036000291452", "00036000291452", RetailSymbology.UpcA)]
    [InlineData("96385074", "00000096385074", RetailSymbology.Ean8)]
    [InlineData("]I109506000134352", "09506000134352", RetailSymbology.Itf14)]
    public void Retail_codes_are_normalised_to_GTIN_14(string raw, string gtin, RetailSymbology symbology)
    {
        Assert.Equal(new RetailCode(gtin, symbology), Payload<RetailCode>(raw));
    }

    [Fact]
    public void A_retail_code_with_a_wrong_check_digit_says_which_digit_was_expected()
    {
        var error = Error("4006381333932");
        Assert.Equal(ScanErrorKind.BadCheckDigit, error.Kind);
        Assert.Contains("expected 1", error.Message);
    }

    [Theory]
    [InlineData("WI-SH-0101", OwnCodeKind.Item, "SH-0101")]
    [InlineData("wi-sh-0101\r\n", OwnCodeKind.Item, "SH-0101")]
    [InlineData("]C0WL-CR-A-01-02", OwnCodeKind.Location, "CR-A-01-02")]
    [InlineData("WB-B000123", OwnCodeKind.Batch, "B000123")]
    [InlineData("WE-EQ000045", OwnCodeKind.EquipmentUnit, "EQ000045")]
    [InlineData("]Q1WD-DP20261123-0007", OwnCodeKind.Dispatch, "DP20261123-0007")]
    [InlineData("WI-A_B.C", OwnCodeKind.Item, "A_B.C")]
    public void Own_codes_parse_to_kind_and_upper_case_key(string raw, OwnCodeKind kind, string key)
    {
        Assert.Equal(new OwnCode(kind, key), Payload<OwnCode>(raw));
    }

    [Theory]
    [InlineData("WI-")]
    [InlineData("WI-SH 0101")]
    [InlineData("WL-库位")]
    [InlineData("WB-12345678901234567890123456789012345678901")]
    public void Malformed_own_codes_are_errors(string raw)
    {
        Assert.Equal(ScanErrorKind.MalformedOwnCode, Error(raw).Kind);
    }

    [Fact]
    public void Own_codes_format_and_parse_back()
    {
        foreach (var kind in Enum.GetValues<OwnCodeKind>())
        {
            var text = OwnCodes.Format(kind, "ab-01.x_y");
            Assert.Equal(new OwnCode(kind, "AB-01.X_Y"), Payload<OwnCode>(text));
            Assert.Equal(text, Payload<OwnCode>(text).ToString());
        }
        Assert.Equal("WI-SH-0101", OwnCodes.Format(OwnCodeKind.Item, "sh-0101"));
        Assert.Throws<ArgumentException>(() => OwnCodes.Format(OwnCodeKind.Item, "SH 0101"));
        Assert.Throws<ArgumentException>(() => OwnCodes.Format(OwnCodeKind.Item, ""));
    }

    [Theory]
    [InlineData("SH-0101")]
    [InlineData("WX-123")]
    [InlineData("帐篷")]
    [InlineData("1234567")]
    [InlineData("(abc)")]
    public void Other_printable_text_is_plain(string raw)
    {
        Assert.Equal(new PlainCode(raw), Payload<PlainCode>(raw));
    }

    [Theory]
    [InlineData(null, ScanErrorKind.Empty)]
    [InlineData("", ScanErrorKind.Empty)]
    [InlineData("\r\n", ScanErrorKind.Empty)]
    [InlineData("]C0", ScanErrorKind.Empty)]
    [InlineData("AB\u0007C", ScanErrorKind.ControlCharacters)]
    [InlineData("AB\u001DCD", ScanErrorKind.MalformedGs1)]
    public void Empty_and_garbage_scans_give_typed_errors(string? raw, ScanErrorKind kind)
    {
        Assert.Equal(kind, Error(raw).Kind);
    }

    [Fact]
    public void Over_long_input_is_refused_before_any_parsing()
    {
        var error = Error(new string('9', 513));
        Assert.Equal(ScanErrorKind.TooLong, error.Kind);
        Assert.Contains("512", error.Message);
        Assert.IsType<PlainCode>(ScanParser.Parse(new string('A', 512), Today).Payload);
    }

    [Fact]
    public void Any_input_parses_without_throwing()
    {
        var random = new Random(7);
        var alphabet = "0123456789()]CdQeEW-IL\u001D\r\n\u0000 中\uD800ABCxyz";
        for (var run = 0; run < 5000; run++)
        {
            var raw = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var result = ScanParser.Parse(raw, Today);
            Assert.True(result.Payload is null != (result.Error is null));
        }
    }

    [Fact]
    public void A_printed_GS1_128_barcode_scans_back_to_the_same_elements()
    {
        // Short enough to print natively at module width 2 with its quiet zones on 80 mm paper.
        var job = new EscPosBuilder().Code128("(01)09506000134352(10)L-7(21)S1", gs1: true).ToArray();
        var marker = EscPosDecoder.Decode(job).Lines.Single();
        var human = marker["[CODE128 ".Length..^1];

        var code = Payload<Gs1Code>(human);

        Assert.Equal("L-7", code.Lot);
        Assert.Equal("S1", code.Serial);
    }
}
