using Warehouse.Hardware.EscPos;

namespace Warehouse.Hardware.Tests;

public class EscPosDecoderTests
{
    private static string Decode(params int[] bytes) => EscPosDecoder.Decode(Bytes.Of(bytes), PaperWidth.Mm58).Text;

    [Fact]
    public void Text_lines_are_aligned_with_spaces_as_the_printer_would_place_them()
    {
        Assert.Equal("abc\n              abc\n                             abc\n",
            Decode('a', 'b', 'c', 0x0A, 0x1B, 0x61, 1, 'a', 'b', 'c', 0x0A, 0x1B, 0x61, 50, 'a', 'b', 'c', 0x0A));
    }

    [Fact]
    public void Double_byte_text_is_GB18030_only_while_Chinese_mode_is_on()
    {
        Assert.Equal("中\n", Decode(0x1C, 0x26, 0xD6, 0xD0, 0x0A));
        Assert.Equal("╓╨\n", Decode(0xD6, 0xD0, 0x0A));
        Assert.Equal("中╓╨\n", Decode(0x1C, 0x26, 0xD6, 0xD0, 0x1C, 0x2E, 0xD6, 0xD0, 0x0A));
    }

    [Fact]
    public void Feeds_print_blank_lines_and_text_without_a_final_line_feed_still_prints()
    {
        Assert.Equal("a\n\n\nb\n", Decode('a', 0x1B, 0x64, 3, 'b'));
    }

    [Fact]
    public void A_line_longer_than_the_paper_wraps_like_the_printer_does()
    {
        var text = EscPosDecoder.Decode(System.Text.Encoding.ASCII.GetBytes(new string('x', 40) + "\n"), PaperWidth.Mm58).Text;
        Assert.Equal(new string('x', 32) + "\n" + new string('x', 8) + "\n", text);
    }

    [Fact]
    public void Barcodes_images_and_cuts_become_markers_on_their_own_lines()
    {
        var text = Decode(
            'h', 'i',
            0x1D, 0x6B, 73, 8, '{', 'B', 'A', 'B', '{', 'C', 12, 3,
            0x1D, 0x28, 0x6B, 5, 0, 49, 80, 48, 'Q', 'R',
            0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48,
            0x1D, 0x76, 0x30, 0, 2, 0, 1, 0, 0xFF, 0xFF,
            0x1D, 0x56, 0,
            0x1D, 0x56, 66, 3);
        Assert.Equal("hi\n[CODE128 AB1203]\n[QR QR]\n[IMAGE 16×1]\n[CUT]\n[CUT]\n", text);
    }

    [Fact]
    public void A_GS1_128_barcode_is_shown_in_parenthesised_form()
    {
        var text = Decode(0x1D, 0x6B, 73, 14, '{', 'C', '{', '1', 1, 9, 50, 60, 0, 13, 43, 52, '{', 'B');
        Assert.Equal("[CODE128 (01)09506000134352]\n", text);
    }

    [Fact]
    public void Real_time_status_requests_and_unknown_commands_print_nothing()
    {
        Assert.Equal("ok\n", Decode(0x10, 0x04, 1, 0x1B, 0x7E, 0x1D, 0x7E, 5, 0x1B, 0x74, 3, 'o', 'k', 0x0A));
    }

    [Fact]
    public void Any_bytes_decode_without_throwing()
    {
        var random = new Random(20261123);
        var buffer = new byte[600];
        for (var run = 0; run < 3000; run++)
        {
            var length = random.Next(buffer.Length);
            random.NextBytes(buffer.AsSpan(0, length));
            // Bias towards command bytes so command parsing, not text, is exercised.
            for (var i = 0; i < length; i += random.Next(1, 6))
            {
                buffer[i] = (byte)(random.Next(4) switch { 0 => 0x1B, 1 => 0x1D, 2 => 0x1C, _ => 0x10 });
            }
            _ = EscPosDecoder.Decode(buffer.AsSpan(0, length)).Text;
        }
    }

    [Fact]
    public void Every_truncation_of_a_real_job_decodes_without_throwing()
    {
        var job = new EscPosBuilder(PaperWidth.Mm58)
            .Line("出库单", TextAlign.Center).TwoColumns("救生衣", "40 件")
            .Code128("(01)09506000134352(10)ABC", gs1: true).QrCode("WD-DP20261123-0007")
            .RasterImage(new Barcodes.MonoBitmap(16, 4)).Cut().ToArray();
        for (var length = 0; length <= job.Length; length++)
        {
            _ = EscPosDecoder.Decode(job.AsSpan(0, length));
        }
    }
}
