using System.Text;
using Warehouse.Hardware.Simulation;
using Warehouse.Hardware.Transports;
using Warehouse.Hardware.Zpl;

namespace Warehouse.Hardware.Tests;

public sealed class ZplLabelTests
{
    private static readonly LabelStock Stock = new(60, 40, 203);

    [Fact]
    public void A_label_is_one_UTF8_format_sized_from_the_stock_with_Chinese_text_in_the_named_printer_font()
    {
        var zpl = new ZplBuilder(Stock, "E:SIMSUN.TTF")
            .BeginLabel()
            .Text(16, 16, 40, "救生衣")
            .Text(16, 64, 24, "SH-0101")
            .Code128(16, 100, 80, "WI-SH-0101")
            .EndLabel()
            .ToString();

        Assert.Equal("""
            ^XA^CI28^PW480^LL320^LH0,0
            ^FO16,16^A@N,40,40,E:SIMSUN.TTF^FD救生衣^FS
            ^FO16,64^A0N,24,24^FDSH-0101^FS
            ^FO16,100^BY2^BCN,80,Y,N,N^FDWI-SH-0101^FS
            ^PQ1^XZ

            """, zpl);
    }

    [Theory]
    [InlineData(203, 480, 320)]
    [InlineData(300, 720, 480)]
    [InlineData(152, 360, 240)]
    [InlineData(600, 1440, 960)]
    public void Label_size_in_dots_follows_the_print_head_resolution(int dpi, int width, int height)
    {
        var stock = new LabelStock(60, 40, dpi);

        Assert.Equal((width, height), (stock.WidthDots, stock.HeightDots));
    }

    [Fact]
    public void Unknown_resolutions_and_impossible_sizes_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LabelStock(60, 40, 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LabelStock(5, 40, 203));
        Assert.False(LabelStock.IsValid(60, 400, 203));
        Assert.True(LabelStock.IsValid(100, 150, 300));
    }

    [Fact]
    public void The_decoder_reads_every_field_back_with_barcode_types_and_escaped_data()
    {
        var zpl = new ZplBuilder(Stock)
            .BeginLabel()
            .Text(8, 8, 30, "应急照明灯（充电式）")
            .Text(8, 40, 20, "caret ^ tilde ~ back \\ slash")
            .Code128(8, 70, 60, "WL-CR-A-01-02")
            .Code128(8, 140, 60, "(01)09506000134352(10)ABC", gs1: true)
            .QrCode(300, 8, 4, "WE-EQ000045")
            .DataMatrix(300, 160, 6, "WB-B000123")
            .EndLabel(2)
            .BeginLabel()
            .Text(8, 8, 30, "second")
            .EndLabel()
            .ToArray();

        var text = ZplDecoder.Decode(zpl).Text;

        Assert.Equal("""
            [LABEL 480×320]
            应急照明灯（充电式）
            caret ^ tilde ~ back \ slash
            [CODE128 WL-CR-A-01-02]
            [GS1-128 (01)09506000134352(10)ABC]
            [QR WE-EQ000045]
            [DATAMATRIX WB-B000123]
            [END ×2]
            [LABEL 480×320]
            second
            [END ×1]

            """, text);
    }

    [Fact]
    public void The_decoder_survives_garbage_and_formats_without_an_end()
    {
        Assert.Empty(ZplDecoder.Decode([0x1B, 0x40, 0xFF, 0x00]).Lines);
        Assert.Equal(["[LABEL 0×0]", "half", "[END ×1]"], ZplDecoder.Decode("^XA^FO1,1^A0N,20,20^FDhalf"u8).Lines);
        Assert.Equal(["[LABEL 0×0]", "[BARCODE ^B3 CODE39]", "[END ×1]"], ZplDecoder.Decode("^XA^FO1,1^B3N,N,50^FDCODE39^FS^XZ"u8).Lines);
    }

    [Theory]
    [InlineData(false, false, false, null)]
    [InlineData(true, true, false, PrinterFailure.PaperOut)]
    [InlineData(false, false, true, PrinterFailure.CoverOpen)]
    [InlineData(false, true, false, PrinterFailure.Offline)]
    public void A_host_status_answer_says_what_stops_the_printer(bool paperOut, bool paused, bool headUp, PrinterFailure? problem)
    {
        var status = ZplHostStatus.Parse(ZplHostStatus.Answer(paperOut, paused, headUp));

        Assert.NotNull(status);
        Assert.Equal(problem, status.Problem);
    }

    [Fact]
    public void Bytes_that_are_not_a_host_status_answer_are_not_taken_for_one()
    {
        Assert.Null(ZplHostStatus.Parse([0x12]));
        Assert.Null(ZplHostStatus.Parse(Encoding.ASCII.GetBytes("\u00020,0\u0003\r\n")));
    }
}
