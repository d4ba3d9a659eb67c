using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Web.Tests.Printing;

/// Runs where the independent ZXing decoder of the hardware tests is installed
/// (`npm ci --prefix tests/Warehouse.Hardware.Tests/js`); under CI a missing decoder is a failure.
public sealed class ZxingFactAttribute : FactAttribute
{
    public ZxingFactAttribute()
    {
        if (LabelSheetTests.DecoderDirectory is null && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "The ZXing decoder is not installed; run: npm ci --prefix tests/Warehouse.Hardware.Tests/js";
    }
}

public sealed partial class LabelSheetTests
{
    public static string? DecoderDirectory { get; } = FindDecoder();

    [Fact]
    public async Task The_label_sheet_draws_each_records_own_code_bar_for_bar()
    {
        await using var app = new WarehouseFactory();
        var labels = await SheetAsync(app);

        Assert.Equal(["WI-FH-0001", "WI-FH-0006"], labels.Select(l => l.Code).Where(c => c is "WI-FH-0001" or "WI-FH-0006").Order());
        foreach (var (code, svg) in labels)
            Assert.Equal(Code128.Encode(code).Pattern, ModulePattern(svg));
    }

    [ZxingFact]
    public async Task The_label_sheets_barcodes_decode_with_an_independent_decoder_to_the_codes_they_stand_for()
    {
        Assert.True(DecoderDirectory is not null, "CI=true but the ZXing decoder is missing; run: npm ci --prefix tests/Warehouse.Hardware.Tests/js");
        await using var app = new WarehouseFactory();
        var labels = await SheetAsync(app);
        var folder = Directory.CreateTempSubdirectory("warehouse-labels").FullName;
        try
        {
            var files = labels.Select((label, i) =>
            {
                var path = Path.Combine(folder, $"label-{i}.png");
                File.WriteAllBytes(path, Rasterize(label.Svg).ToPng());
                return path;
            }).ToList();

            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(DecoderDirectory!, "decode.js"));
            files.ForEach(start.ArgumentList.Add);
            using var node = Process.Start(start)!;
            var output = await node.StandardOutput.ReadToEndAsync();
            await node.WaitForExitAsync();

            var decoded = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)
                .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.TryGetProperty("text", out var text) ? text.GetString() : e.GetProperty("error").GetString());
            for (var i = 0; i < labels.Count; i++)
                Assert.Equal(labels[i].Code, decoded[files[i]]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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

    private static MonoBitmap Rasterize(string svg)
    {
        var size = SizePattern().Match(svg);
        var bitmap = new MonoBitmap(int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
        foreach (var bar in Bars(svg))
            bitmap.FillRectangle(bar.X, bar.Y, bar.Width, bar.Height);
        return bitmap;
    }

    private static List<(int X, int Y, int Width, int Height)> Bars(string svg) =>
        BarPattern().Matches(svg).Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value)))
            .ToList();

    private static string? FindDecoder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Warehouse.Hardware.Tests", "js");
            if (File.Exists(Path.Combine(candidate, "decode.js")) && Directory.Exists(Path.Combine(candidate, "node_modules", "@zxing", "library")))
                return candidate;
        }
        return null;
    }

    [GeneratedRegex("""<div class="wh-label" data-code="([^"]+)">.*?(<svg.*?</svg>)""", RegexOptions.Singleline)]
    private static partial Regex LabelPattern();

    [GeneratedRegex("""<svg[^>]* width="(\d+)" height="(\d+)" """)]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"M(\d+),(\d+)h(\d+)v(\d+)h-\d+z")]
    private static partial Regex BarPattern();
}
