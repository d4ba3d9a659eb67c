using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Hardware.Tests;

public class BarcodeRendererTests
{
    [Fact]
    public void PNG_has_valid_chunks_crcs_and_one_bit_rows()
    {
        var bitmap = BarcodeRenderer.Code128Bitmap(Code128.Encode("WI-SH-0101"));
        var png = bitmap.ToPng();

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var chunks = Chunks(png).ToList();
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(c => c.Type));
        var header = chunks[0].Data;
        Assert.Equal(bitmap.Width, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(bitmap.Height, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(new byte[] { 1, 0, 0, 0, 0 }, header[8..]);

        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(chunks[1].Data), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var rows = inflated.ToArray();
        Assert.Equal(bitmap.Height * (bitmap.Stride + 1), rows.Length);
        Assert.All(Enumerable.Range(0, bitmap.Height), y => Assert.Equal(0, rows[y * (bitmap.Stride + 1)]));
    }

    [Fact]
    public void Code128_bitmap_draws_the_pattern_after_a_ten_module_quiet_zone()
    {
        var symbol = Code128.Encode("12345678");
        var options = new BarcodeImageOptions { ModuleSize = 2, ShowText = false };
        var bitmap = BarcodeRenderer.Code128Bitmap(symbol, options);

        Assert.Equal((symbol.Pattern.Length + 20) * 2, bitmap.Width);
        var middle = bitmap.Height / 2;
        var row = string.Concat(Enumerable.Range(0, bitmap.Width).Where(x => x % 2 == 0).Select(x => bitmap[x, middle] ? '1' : '0'));
        Assert.Equal(new string('0', 10) + symbol.Pattern + new string('0', 10), row);
    }

    [Fact]
    public void Human_readable_text_is_drawn_under_the_bars()
    {
        var symbol = Code128.Encode("AB");
        var withText = BarcodeRenderer.Code128Bitmap(symbol);
        var without = BarcodeRenderer.Code128Bitmap(symbol, new BarcodeImageOptions { ShowText = false });

        Assert.True(withText.Height > without.Height);
        var textRows = Enumerable.Range(without.Height, withText.Height - without.Height);
        Assert.Contains(textRows, y => Enumerable.Range(0, withText.Width).Any(x => withText[x, y]));
    }

    [Fact]
    public void SVG_is_well_formed_with_bars_and_escaped_text()
    {
        var svg = XDocument.Parse(BarcodeRenderer.Code128Svg(Code128.Encode("A&B<1>")));
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

    private static IEnumerable<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        var position = 8;
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length).ToArray();
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Assert.Equal(crc, Crc32(png.AsSpan(position + 4, 4 + length)));
            yield return (type, data);
            position += 12 + length;
        }
    }

    // Bitwise CRC-32 as in the PNG specification, independent of the encoder's table.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
