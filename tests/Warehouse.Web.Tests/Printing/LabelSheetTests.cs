using System.Text.RegularExpressions;
using Warehouse.Hardware.Barcodes;
using Warehouse.Tests.Shared;

namespace Warehouse.Web.Tests.Printing;

public sealed partial class LabelSheetTests
{
    [Fact]
    public async Task The_label_sheet_draws_each_records_own_code_bar_for_bar()
    {
        await using var app = new WarehouseFactory();
        var labels = await SheetAsync(app);

        Assert.Equal(["WI-FH-0001", "WI-FH-0006"], labels.Select(l => l.Code).Where(c => c is "WI-FH-0001" or "WI-FH-0006").Order());
        foreach (var (code, svg) in labels)
            Assert.Equal(Code128.Encode(code).Pattern, ModulePattern(svg));
    }

    [Fact]
    public async Task The_label_sheets_barcodes_decode_with_an_independent_decoder_to_the_codes_they_stand_for()
    {
        await using var app = new WarehouseFactory();
        var labels = await SheetAsync(app);

        Assert.All(labels, label => Assert.Equal(label.Code, SvgRaster.Decode(label.Svg)?.Text));
    }

    private static async Task<List<(string Code, string Svg)>> SheetAsync(WarehouseFactory app)
    {
        var client = await app.SignedInClientAsync("keeper");
        var html = await client.GetStringAsync("/Labels/Sheet?kind=Item&ids=1&ids=6&ids=12");
        var labels = LabelPattern().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(3, labels.Count);
        return labels;
    }

    /// The SVG's bars read back into modules: 1 for bar, 0 for space, from the first bar to the last.
    private static string ModulePattern(string svg)
    {
        var bars = Bars(svg);
        var module = bars.Min(b => b.Width);
        var left = bars.Min(b => b.X);
        var modules = new char[(bars.Max(b => b.X + b.Width) - left) / module];
        Array.Fill(modules, '0');
        foreach (var bar in bars)
            for (var x = bar.X; x < bar.X + bar.Width; x += module)
                modules[(x - left) / module] = '1';
        return new string(modules);
    }

    private static List<(int X, int Y, int Width, int Height)> Bars(string svg) =>
        BarPattern().Matches(svg).Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value)))
            .ToList();

    [GeneratedRegex("""<div class="wh-label" data-code="([^"]+)">.*?(<svg.*?</svg>)""", RegexOptions.Singleline)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"M(\d+),(\d+)h(\d+)v(\d+)h-\d+z")]
    private static partial Regex BarPattern();
}
