using Warehouse.Hardware.EscPos;

namespace Warehouse.Hardware.Tests;

public class TextLayoutTests
{
    private static IReadOnlyList<string> Printed(Func<EscPosBuilder, EscPosBuilder> build, PaperWidth width = PaperWidth.Mm58) =>
        EscPosDecoder.Decode(build(new EscPosBuilder(width)).ToArray(), width).Lines;

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("中文", 4)]
    [InlineData("救生衣 x2", 9)]
    [InlineData("ＡＢ", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("한글", 4)]
    public void Display_width_counts_CJK_and_fullwidth_as_two(string text, int width)
    {
        Assert.Equal(width, TextWidth.Of(text));
    }

    [Fact]
    public void On_the_printer_every_non_ascii_character_takes_two_columns()
    {
        Assert.Equal(1 + 2 + 2, TextWidth.OnPrinter("a—中"));
    }

    [Fact]
    public void Paper_widths_have_32_and_48_columns()
    {
        Assert.Equal(32, new EscPosBuilder(PaperWidth.Mm58).Columns);
        Assert.Equal(48, new EscPosBuilder(PaperWidth.Mm80).Columns);
        Assert.Equal(16, new EscPosBuilder(PaperWidth.Mm58).Size(2, 2).Columns);
    }

    [Fact]
    public void Long_Chinese_lines_wrap_at_32_columns_without_splitting_a_character()
    {
        var lines = Printed(b => b.Line(new string('帐', 20)));
        Assert.Equal([new string('帐', 16), new string('帐', 4)], lines);
    }

    [Fact]
    public void Latin_text_wraps_at_spaces()
    {
        var lines = Printed(b => b.Line("Emergency supplies reserve and dispatch system"));
        Assert.Equal(["Emergency supplies reserve and", "dispatch system"], lines);
    }

    [Fact]
    public void Two_columns_keep_the_quantity_on_the_first_line_and_wrap_the_name_below()
    {
        var lines = Printed(b => b.TwoColumns("应急照明灯（充电式）Rechargeable emergency lamp", "6 台"));
        Assert.Equal(["应急照明灯（充电式）        6 台", "Rechargeable emergency lamp"], lines);
        Assert.All(lines, line => Assert.True(TextWidth.OnPrinter(line) <= 32));
    }

    [Fact]
    public void Two_columns_fill_the_line_exactly()
    {
        var line = Assert.Single(Printed(b => b.TwoColumns("折叠床", "12 张"), PaperWidth.Mm80));
        Assert.Equal(48, TextWidth.OnPrinter(line));
        Assert.StartsWith("折叠床 ", line);
        Assert.EndsWith(" 12 张", line);
    }

    [Fact]
    public void A_right_column_too_wide_to_share_the_line_goes_below_flush_right()
    {
        var lines = Printed(b => b.TwoColumns("Printer", "tcp://warehouse-printer-01.local:9100"));
        Assert.Equal("Printer", lines[0]);
        Assert.True(lines.Count >= 2);
        Assert.All(lines, line => Assert.True(TextWidth.OnPrinter(line) <= 32));
    }

    [Fact]
    public void A_table_prints_headings_a_rule_and_wrapped_cells_in_their_columns()
    {
        var lines = Printed(b => b.Table(
            [new TableColumn("物资", 0), new TableColumn("数量", 6, TextAlign.Right), new TableColumn("单位", 4)],
            [["救生衣", "40", "件"], ["应急照明灯（充电式）大号", "6", "台"]]));
        Assert.Equal(
        [
            "物资                   数量 单位",
            "--------------------------------",
            "救生衣                   40 件",
            "应急照明灯（充电式）      6 台",
            "大号",
        ], lines);
    }

    [Fact]
    public void A_table_wider_than_the_paper_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new EscPosBuilder(PaperWidth.Mm58).Table([new TableColumn("A", 20), new TableColumn("B", 20)], []));
        Assert.Contains("32", error.Message);
    }

    [Fact]
    public void Rule_and_footer_span_the_paper()
    {
        var lines = Printed(b => b.Footer("谢谢"));
        Assert.Equal([new string('-', 32), new string(' ', 14) + "谢谢"], lines);
    }
}
