using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Scanning;
using Warehouse.Tests.Shared;
using ZXing;

namespace Warehouse.Hardware.Tests;

/// <summary>Every symbol the hardware library draws is read back by ZXing.Net, in-process.</summary>
public class ZxingReadBackTests
{
    private const string Gs1Read = "]C1" + "0109506000134352" + "10ABC\u001D17201225";

    public static TheoryData<string, string, string> Symbols() => new()
    {
        { "code128", "WI-SH-0101", "WI-SH-0101" },
        { "code128", "WD-DP20261123-0007", "WD-DP20261123-0007" },
        { "code128", "12345", "12345" },
        { "code128", "ab\tCD 1234{x}", "ab\tCD 1234{x}" },
        { "gs1", "(01)09506000134352(10)ABC(17)201225", Gs1Read },
        { "qr", "WL-CR-A-01-02", "WL-CR-A-01-02" },
        { "qr", "调拨单 WD-DP20261123-0007", "调拨单 WD-DP20261123-0007" },
    };

    [Theory]
    [MemberData(nameof(Symbols))]
    public void Rendered_PNGs_read_back_to_the_data_they_stand_for(string kind, string data, string expected)
    {
        var png = kind == "qr" ? BarcodeRenderer.QrPng(data, QrErrorCorrection.H) : BarcodeRenderer.Code128Png(data, gs1: kind == "gs1");

        var decoded = IndependentDecoder.Decode(png);

        Assert.Equal((kind == "qr" ? BarcodeFormat.QR_CODE : BarcodeFormat.CODE_128, expected), (decoded?.Format, decoded?.Text));
    }

    [Theory]
    [MemberData(nameof(Symbols))]
    public void Rendered_SVGs_read_back_to_the_data_they_stand_for(string kind, string data, string expected)
    {
        var svg = kind == "qr" ? BarcodeRenderer.QrSvg(data) : BarcodeRenderer.Code128Svg(data, gs1: kind == "gs1");

        Assert.Equal(expected, SvgRaster.Decode(svg)?.Text);
    }

    [Fact]
    public void A_GS1_label_read_back_parses_to_its_lot_and_expiry()
    {
        var decoded = IndependentDecoder.Decode(BarcodeRenderer.Code128Png("(01)09506000134352(10)ABC(17)201225", gs1: true));

        var gs1 = Assert.IsType<Gs1Code>(ScanParser.Parse(decoded?.Text, new DateOnly(2026, 11, 23)).Payload);
        Assert.Equal(("ABC", new DateOnly(2020, 12, 25)), (gs1.Lot, gs1.Expiry));
    }

    [Fact]
    public void A_QR_code_printed_as_a_raster_image_reads_back_from_the_receipts_bytes()
    {
        var receipt = new EscPosBuilder(PaperWidth.Mm58)
            .Line("调拨单")
            .RasterImage(BarcodeRenderer.QrBitmap("WD-DP20261123-0007", options: new BarcodeImageOptions { ModuleSize = 6 }))
            .Cut().ToArray();

        var image = RasterImages(receipt).Single();

        Assert.Equal("WD-DP20261123-0007", IndependentDecoder.Decode(image.Width, image.Height, (x, y) => image[x, y])?.Text);
    }

    /// <summary>The GS v 0 images in a job, read from its bytes (the job holds no other GS v).</summary>
    internal static IEnumerable<MonoBitmap> RasterImages(byte[] job)
    {
        for (var i = 0; i + 8 <= job.Length; i++)
        {
            if (job[i] != 0x1D || job[i + 1] != (byte)'v' || job[i + 2] != (byte)'0')
            {
                continue;
            }
            int stride = job[i + 4] | job[i + 5] << 8, rows = job[i + 6] | job[i + 7] << 8;
            var bitmap = new MonoBitmap(stride * 8, rows);
            for (var y = 0; y < rows; y++)
            {
                for (var x = 0; x < stride * 8; x++)
                {
                    bitmap[x, y] = (job[i + 8 + y * stride + x / 8] & (0x80 >> (x % 8))) != 0;
                }
            }
            yield return bitmap;
            i += 7 + stride * rows;
        }
    }
}
