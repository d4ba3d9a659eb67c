using Warehouse.Hardware.Zpl;

namespace Warehouse.Hardware.Tests;

/// <summary>GS1 labels for ZPL printers: GS1-128 through ^BC invocation codes, GS1 Data Matrix through ^BX escapes.</summary>
public sealed class ZplGs1Tests
{
    private static readonly LabelStock Stock = new(100, 60, 203);

    [Fact]
    public void A_GS1_128_field_starts_in_subset_C_with_FNC1_and_puts_FNC1_after_a_lot_that_is_not_last()
    {
        var zpl = new ZplBuilder(Stock).BeginLabel()
            .Code128(16, 16, 80, "(01)06922345001181(10)L2025>7(17)271231", gs1: true).EndLabel().ToString();

        Assert.Contains("^BCN,80,Y,N,N^FD>;>8" + "0106922345001181" + "10>6L>52025>6><7>8" + ">517271231^FS", zpl);
    }

    [Fact]
    public void A_GS1_Data_Matrix_field_declares_its_escape_and_opens_with_FNC1()
    {
        var zpl = new ZplBuilder(Stock).BeginLabel()
            .DataMatrix(16, 16, 6, "(01)06922345001181(10)L_1(17)271231", gs1: true).EndLabel().ToString();

        Assert.Contains("^BXN,6,200,,,,_^FD_10106922345001181" + "10L_d0951_d029" + "17271231^FS", zpl);
    }

    [Fact]
    public void The_decoder_reads_both_GS1_fields_back_as_their_elements()
    {
        const string Batch = "(01)06922345001181(17)271231(10)L-2025/7";
        var zpl = new ZplBuilder(Stock).BeginLabel()
            .Code128(16, 16, 80, Batch, gs1: true)
            .DataMatrix(16, 200, 6, Batch, gs1: true)
            .DataMatrix(300, 200, 6, "WB-B000123")
            .EndLabel().ToArray();

        var lines = ZplDecoder.Decode(zpl).Lines;

        Assert.Equal(["[LABEL 800×480]", $"[GS1-128 {Batch}]", $"[GS1-DATAMATRIX {Batch}]", "[DATAMATRIX WB-B000123]", "[END ×1]"], lines);
    }

    [Fact]
    public void Invalid_GS1_data_is_refused_before_any_ZPL_is_written()
    {
        var zpl = new ZplBuilder(Stock).BeginLabel();

        Assert.Throws<ArgumentException>(() => zpl.Code128(16, 16, 80, "(01)06922345001182(10)L1", gs1: true));
        Assert.Throws<ArgumentException>(() => zpl.DataMatrix(16, 16, 6, "L1", gs1: true));
        Assert.DoesNotContain("^FD", zpl.ToString());
    }
}
