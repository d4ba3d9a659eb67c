using System.Text;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Hardware.Tests;

/// <summary>Commands real printers and other encoders send, read the way the printer would print them.</summary>
public class EscPosDecoderCommandTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static IReadOnlyList<string> Decode(params byte[][] parts) => EscPosDecoder.Decode(parts.SelectMany(p => p).ToArray()).Lines;

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    [Theory]
    [InlineData(67, "EAN13", "4006381333931")]
    [InlineData(65, "UPC-A", "03600029145")]
    [InlineData(68, "EAN8", "9638507")]
    [InlineData(69, "CODE39", "WI-SH-0101")]
    [InlineData(70, "ITF", "1234567890")]
    [InlineData(71, "CODABAR", "A40156B")]
    [InlineData(72, "CODE93", "WH93")]
    [InlineData(74, "GS1-128", "{A0109506000134352")]
    [InlineData(75, "DATABAR", "0109506000134352")]
    [InlineData(78, "DATABAR-EXPANDED", "0109506000134352")]
    public void Every_GS_k_symbology_with_a_length_is_marked_with_its_type_and_data(int m, string type, string data)
    {
        var lines = Decode([0x1D, 0x6B, (byte)m, (byte)data.Length], Ascii(data), Ascii("after\n"));

        Assert.Equal([$"[BARCODE {type} {data}]", "after"], lines);
    }

    [Theory]
    [InlineData(0, "UPC-A")]
    [InlineData(2, "EAN13")]
    [InlineData(4, "CODE39")]
    [InlineData(6, "CODABAR")]
    public void GS_k_symbologies_ended_by_NUL_are_marked_too(int m, string type)
    {
        var lines = Decode([0x1D, 0x6B, (byte)m], Ascii("123456"), [0], Ascii("after\n"));

        Assert.Equal([$"[BARCODE {type} 123456]", "after"], lines);
    }

    [Fact]
    public void Images_stored_with_GS_paren_L_and_GS_8_L_are_marked_with_their_size_and_skipped()
    {
        byte[] image = [48, 112, 48, 1, 1, 49, 16, 0, 8, 0, .. new byte[16]];
        var shortForm = Decode([0x1D, 0x28, 0x4C, (byte)image.Length, 0], image, Ascii("A\n"));
        var longForm = Decode([0x1D, 0x38, 0x4C, (byte)image.Length, 0, 0, 0], image, Ascii("B\n"));

        Assert.Equal(["[IMAGE 16×8]", "A"], shortForm);
        Assert.Equal(["[IMAGE 16×8]", "B"], longForm);
    }

    [Fact]
    public void ESC_Z_prints_its_QR_code()
    {
        var data = Ascii("WD-DP20261123-0007");

        Assert.Equal(["[QR WD-DP20261123-0007]", "x"], Decode([0x1B, 0x5A, 0, 76, 6, (byte)data.Length, 0], data, Ascii("x\n")));
    }

    [Fact]
    public void FS_2_takes_exactly_its_76_bytes()
    {
        Assert.Equal(["AB"], Decode([0x1C, 0x32, 0x77, 0xA1], new byte[72], Ascii("AB\n")));
    }

    [Theory]
    [InlineData(16, 0xE9, "é")]
    [InlineData(17, 0x80, "А")]
    [InlineData(2, 0x9B, "ø")]
    [InlineData(0, 0x9B, "¢")]
    public void ESC_t_chooses_the_code_page_of_the_following_text(int table, int b, string expected)
    {
        Assert.Equal([expected], Decode([0x1B, 0x74, (byte)table, (byte)b, 0x0A]));
    }

    [Fact]
    public void ESC_dollar_moves_the_text_to_its_absolute_position()
    {
        Assert.Equal(["A         B"], Decode(Ascii("A"), [0x1B, 0x24, 120, 0], Ascii("B\n")));
    }

    [Fact]
    public void A_printer_that_starts_in_Chinese_mode_reads_GB18030_without_FS_ampersand()
    {
        var job = new EscPosBuilder(PaperWidth.Mm58, startsInChineseMode: true).Line("救生衣 40 件").ToArray();

        Assert.Equal([0x1B, 0x40], job[..2]);
        Assert.DoesNotContain(job.Zip(job.Skip(1)), pair => pair is (0x1C, 0x26));
        Assert.Equal(["救生衣 40 件"], EscPosDecoder.Decode(job, PaperWidth.Mm58, chineseDefault: true).Lines);
        Assert.NotEqual(["救生衣 40 件"], EscPosDecoder.Decode(job, PaperWidth.Mm58).Lines);
        Assert.Equal("救生衣", Gb18030.GetString(job[2..8]));
    }

    [Fact]
    public void The_80_mm_512_dot_profile_lays_out_42_columns()
    {
        var job = new EscPosBuilder(PaperWidth.Mm80Dots512).Rule().TwoColumns("救生衣", "40 件").ToArray();

        var lines = EscPosDecoder.Decode(job, PaperWidth.Mm80Dots512).Lines;

        Assert.Equal((42, 512), (PaperWidth.Mm80Dots512.Columns(), PaperWidth.Mm80Dots512.Dots()));
        Assert.Equal(new string('-', 42), lines[0]);
        Assert.Equal("救生衣" + new string(' ', 42 - 6 - 5) + "40 件", lines[1]);
    }
}
