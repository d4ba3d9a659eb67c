using System.Text;
using System.Xml.Linq;
using SkiaSharp;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.Tests;

public class BarcodeRendererTests
{
    [Fact]
    public void PNG_is_written_by_SkiaSharp_and_reads_back_pixel_for_pixel()
    {
        var bitmap = BarcodeRenderer.Code128Bitmap("WI-SH-0101");

        using var png = SKBitmap.Decode(bitmap.ToPng());

        Assert.Equal((bitmap.Width, bitmap.Height), (png.Width, png.Height));
        Assert.All(Enumerable.Range(0, bitmap.Height), y => Assert.All(Enumerable.Range(0, bitmap.Width),
            x => Assert.Equal(bitmap[x, y], png.GetPixel(x, y).Red < 128)));
    }

    [Fact]
    public void A_Chinese_caption_is_drawn_in_a_CJK_font_when_one_is_installed_and_as_question_marks_when_not()
    {
        var options = new BarcodeImageOptions { ModuleSize = 4, Text = "调拨单" };
        var chinese = BarcodeRenderer.QrBitmap("WD-DP20261123-0007", options: options);
        var marks = BarcodeRenderer.QrBitmap("WD-DP20261123-0007", options: options with { Text = "???" });

        Assert.Equal(CaptionFont.HasChinese, CaptionFont.CanDraw("调拨单"));
        Assert.Equal(!CaptionFont.HasChinese, Same(chinese, marks));
        Assert.True(CaptionFont.CanDraw("WI-SH-0101"));
    }

    private static bool Same(MonoBitmap a, MonoBitmap b) =>
        a.Width == b.Width && a.Height == b.Height && a.Bits.SequenceEqual(b.Bits);

    [Fact]
    public void Code128_bitmap_draws_the_pattern_after_a_ten_module_quiet_zone()
    {
        var symbol = Code128Modules.Encode("12345678");
        var options = new BarcodeImageOptions { ModuleSize = 2, ShowText = false };
        var bitmap = BarcodeRenderer.Code128Bitmap("12345678", options: options);

        Assert.Equal((symbol.Pattern.Length + 20) * 2, bitmap.Width);
        var middle = bitmap.Height / 2;
        var row = string.Concat(Enumerable.Range(0, bitmap.Width).Where(x => x % 2 == 0).Select(x => bitmap[x, middle] ? '1' : '0'));
        Assert.Equal(new string('0', 10) + symbol.Pattern + new string('0', 10), row);
    }

    [Fact]
    public void Human_readable_text_is_drawn_under_the_bars()
    {
        var withText = BarcodeRenderer.Code128Bitmap("AB");
        var without = BarcodeRenderer.Code128Bitmap("AB", options: new BarcodeImageOptions { ShowText = false });

        Assert.True(withText.Height > without.Height);
        var textRows = Enumerable.Range(without.Height, withText.Height - without.Height);
        Assert.Contains(textRows, y => Enumerable.Range(0, withText.Width).Any(x => withText[x, y]));
    }

    [Fact]
    public void SVG_is_well_formed_with_bars_and_escaped_text()
    {
        var svg = XDocument.Parse(BarcodeRenderer.Code128Svg("A&B<1>"));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal("A&B<1>", svg.Root!.Element(ns + "text")!.Value);
        Assert.StartsWith("M30,", svg.Root.Element(ns + "path")!.Attribute("d")!.Value);
    }

    [Fact]
    public void QR_SVG_carries_the_data_as_text_in_any_language()
    {
        var svg = XDocument.Parse(BarcodeRenderer.QrSvg("调拨单 WD-DP20261123-0007"));
        Assert.Equal("调拨单 WD-DP20261123-0007", svg.Root!.Elements().Last().Value);
    }

    [Fact]
    public void QR_bitmap_has_a_finder_pattern_inside_a_four_module_quiet_zone()
    {
        var bitmap = BarcodeRenderer.QrBitmap("WL-CR-A-01-02", QrErrorCorrection.M, new BarcodeImageOptions { ModuleSize = 1, ShowText = false });

        Assert.Equal(21 + 8, bitmap.Width);
        Assert.False(bitmap[3, 3]);
        Assert.True(bitmap[4, 4]);           // finder pattern corner
        Assert.False(bitmap[5, 5]);          // its white ring
        Assert.True(bitmap[6, 6]);           // its centre
    }
}
