using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Hardware.Tests;

public class EscPosBuilderTests
{
    private static readonly byte[] ChinesePreamble = Bytes.Of(0x1B, 0x40, 0x1C, 0x26);
    private static readonly byte[] AsciiPreamble = Bytes.Of(0x1B, 0x40);

    private static byte[] Commands(Func<EscPosBuilder, EscPosBuilder> build, PaperWidth width = PaperWidth.Mm80) =>
        Bytes.AfterPreamble(build(new EscPosBuilder(width)).ToArray(), ChinesePreamble);

    [Fact]
    public void A_job_starts_with_ESC_at_and_Chinese_mode_FS_ampersand()
    {
        Assert.Equal(ChinesePreamble, new EscPosBuilder().ToArray());
    }

    [Fact]
    public void An_ascii_job_starts_with_ESC_at_only()
    {
        Assert.Equal(AsciiPreamble, new EscPosBuilder(PaperWidth.Mm58, PrinterEncoding.Ascii).ToArray());
    }

    [Fact]
    public void Alignment_is_ESC_a_n_and_only_sent_when_it_changes()
    {
        var bytes = Commands(b => b.Align(TextAlign.Center).Align(TextAlign.Center).Align(TextAlign.Right).Align(TextAlign.Left));
        Assert.Equal(Bytes.Of(0x1B, 0x61, 1, 0x1B, 0x61, 2, 0x1B, 0x61, 0), bytes);
    }

    [Fact]
    public void Bold_underline_and_size_are_ESC_E_ESC_minus_and_GS_bang()
    {
        var bytes = Commands(b => b.Bold().Bold(false).Underline().Underline(false).Size(2, 2).Size(1, 3).Size());
        Assert.Equal(Bytes.Of(
            0x1B, 0x45, 1, 0x1B, 0x45, 0,
            0x1B, 0x2D, 1, 0x1B, 0x2D, 0,
            0x1D, 0x21, 0x11, 0x1D, 0x21, 0x02, 0x1D, 0x21, 0x00), bytes);
    }

    [Fact]
    public void Chinese_text_is_sent_in_GB18030_followed_by_LF()
    {
        Assert.Equal(Bytes.Of(0xD6, 0xD0, 0xCE, 0xC4, (byte)'A', 0x0A), Commands(b => b.Line("中文A")));
    }

    [Fact]
    public void Ascii_fallback_transliterates_and_replaces_Chinese_with_question_marks()
    {
        var bytes = Bytes.AfterPreamble(new EscPosBuilder(PaperWidth.Mm80, PrinterEncoding.Ascii).Line("数量：５ — “OK” café").ToArray(), AsciiPreamble);
        Assert.Equal("??:5 - \"OK\" cafe\n", System.Text.Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public void Control_characters_in_text_never_reach_the_printer_as_commands()
    {
        Assert.Equal("a?b c\n"u8.ToArray(), Commands(b => b.Line("a\u001Bb\tc")));
    }

    [Fact]
    public void Feed_is_ESC_d_n_and_cut_feeds_to_the_cutter_with_GS_V_65_or_66()
    {
        Assert.Equal(Bytes.Of(0x1B, 0x64, 3, 0x1D, 0x56, 65, 0, 0x1D, 0x56, 66, 0), Commands(b => b.Feed(3).Cut().Cut(partial: true)));
    }

    [Fact]
    public void Drawer_pulse_is_ESC_p_with_times_in_2_ms_units()
    {
        Assert.Equal(Bytes.Of(0x1B, 0x70, 0, 50, 250, 0x1B, 0x70, 1, 10, 20), Commands(b => b.Pulse().Pulse(5, 20, 40)));
    }

    [Fact]
    public void Code128_is_GS_k_73_with_code_set_B_then_C_for_the_trailing_digits()
    {
        var bytes = Commands(b => b.Code128("WI-SH-0101"));
        byte[] expected =
        [
            0x1B, 0x61, 1,             // centred
            0x1D, 0x48, 2,             // HRI below
            0x1D, 0x68, 80,            // height
            0x1D, 0x77, 3,             // module width: 134 modules fit 576 dots at 3
            0x1D, 0x6B, 73, 12,        // CODE128, 12 bytes
            (byte)'{', (byte)'B', (byte)'W', (byte)'I', (byte)'-', (byte)'S', (byte)'H', (byte)'-',
            (byte)'{', (byte)'C', 1, 1,
        ];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Code128_of_digits_uses_code_set_C_with_one_byte_per_pair_and_no_text_when_asked()
    {
        var bytes = Commands(b => b.Code128("12345678", hri: false, align: TextAlign.Left));
        Assert.Equal(Bytes.Of(0x1D, 0x48, 0, 0x1D, 0x68, 80, 0x1D, 0x77, 3, 0x1D, 0x6B, 73, 6, '{', 'C', 12, 34, 56, 78), bytes);
    }

    [Fact]
    public void Code128_on_58_mm_paper_uses_module_width_two_when_it_fits_with_its_quiet_zones()
    {
        var bytes = Commands(b => b.Code128("WI-SH-0101"), PaperWidth.Mm58);
        var moduleWidth = bytes[Array.IndexOf(bytes, (byte)0x77) + 1];
        Assert.Equal(2, moduleWidth);
        Assert.True((Code128.Encode("WI-SH-0101").Pattern.Length + 20) * 2 <= PaperWidth.Mm58.Dots());
    }

    [Fact]
    public void A_Code128_too_wide_at_module_width_two_prints_as_a_QR_code_with_its_text_never_narrower()
    {
        var bytes = Commands(b => b.Code128("WD-DP20261123-0007"), PaperWidth.Mm58);

        Assert.Equal(-1, bytes.AsSpan().IndexOf(new byte[] { 0x1D, 0x77 }));
        Assert.Equal(["[QR WD-DP20261123-0007]", "       WD-DP20261123-0007"], EscPosDecoder.Decode(bytes, PaperWidth.Mm58).Lines);
    }

    [Theory]
    [InlineData(PaperWidth.Mm58, 172, 2)]
    [InlineData(PaperWidth.Mm58, 173, 0)]
    [InlineData(PaperWidth.Mm80, 172, 3)]
    [InlineData(PaperWidth.Mm80Dots512, 236, 2)]
    [InlineData(PaperWidth.Mm80Dots512, 237, 0)]
    public void The_fit_check_counts_twenty_quiet_zone_modules(PaperWidth width, int modules, int expected)
    {
        Assert.Equal(expected, EscPosBuilder.Code128ModuleWidth(modules, width));
    }

    [Theory]
    [InlineData(QrErrorCorrection.L, 2953)]
    [InlineData(QrErrorCorrection.M, 2331)]
    [InlineData(QrErrorCorrection.H, 1273)]
    public void QR_data_up_to_the_byte_mode_limit_is_sent_and_one_byte_more_is_refused_clearly(QrErrorCorrection ecc, int limit)
    {
        new EscPosBuilder().QrCode(new string('A', limit), ecc: ecc);

        var refused = Assert.Throws<ArgumentException>(() => new EscPosBuilder().QrCode(new string('A', limit + 1), ecc: ecc));
        Assert.Contains($"at most {limit} bytes", refused.Message);
    }

    [Fact]
    public void QR_code_sends_model_size_error_correction_store_and_print_functions()
    {
        var bytes = Commands(b => b.QrCode("AB", size: 6, ecc: QrErrorCorrection.Q, align: TextAlign.Left));
        Assert.Equal(Bytes.Of(
            0x1D, 0x28, 0x6B, 4, 0, 49, 65, 50, 0,           // fn 165: model 2
            0x1D, 0x28, 0x6B, 3, 0, 49, 67, 6,               // fn 167: module size 6
            0x1D, 0x28, 0x6B, 3, 0, 49, 69, 50,              // fn 169: level Q
            0x1D, 0x28, 0x6B, 5, 0, 49, 80, 48, 'A', 'B',    // fn 180: store 2 bytes
            0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48), bytes);     // fn 181: print
    }

    [Fact]
    public void QR_data_is_stored_as_UTF8_with_a_16_bit_length()
    {
        var data = new string('x', 300) + "中";
        var bytes = Commands(b => b.QrCode(data, align: TextAlign.Left));
        var length = 300 + "中"u8.Length + 3;
        Assert.Contains(Bytes.Hex(Bytes.Of(0x1D, 0x28, 0x6B, length & 0xFF, length >> 8, 49, 80, 48)), Bytes.Hex(bytes));
        Assert.Contains(Bytes.Hex("中"u8), Bytes.Hex(bytes));
    }

    [Fact]
    public void Raster_image_is_GS_v_0_with_bytes_per_row_rows_and_msb_first_pixels()
    {
        var bitmap = new MonoBitmap(10, 2);
        bitmap[0, 0] = true;
        bitmap[9, 1] = true;
        var bytes = Commands(b => b.RasterImage(bitmap, TextAlign.Left));
        Assert.Equal(Bytes.Of(0x1D, 0x76, 0x30, 0, 2, 0, 2, 0, 0x80, 0x00, 0x00, 0x40), bytes);
    }

    [Fact]
    public void An_image_wider_than_the_paper_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new EscPosBuilder(PaperWidth.Mm58).RasterImage(new MonoBitmap(385, 8)));
    }

    [Fact]
    public void A_barcode_that_cannot_be_encoded_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentException>(() => new EscPosBuilder().Code128("物资"));
        Assert.Contains("ASCII", error.Message);
    }
}
