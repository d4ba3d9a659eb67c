using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.Scanning;
using Warehouse.Hardware.Tool;
using Warehouse.Tests.Shared;
using ZXing;

namespace Warehouse.Hardware.Tests;

/// <summary>GS1 labels drawn by ZXing.Net, read back by ZXing.Net and parsed by our scan parser.</summary>
public class Gs1SymbolTests
{
    private const string Batch = "(01)09506000134352(17)271231(10)L1(21)SN-7";
    private static readonly DateOnly Today = new(2026, 11, 30);

    public static TheoryData<string> Formats() => ["code128", "datamatrix"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_batch_label_reads_back_to_its_GTIN_expiry_lot_and_serial(string symbology)
    {
        var bitmap = symbology == "code128" ? Gs1Symbols.Gs1128(Batch) : Gs1Symbols.Gs1DataMatrix(Batch);

        var decoded = IndependentDecoder.Decode(bitmap.ToPng());

        Assert.Equal(symbology == "code128" ? BarcodeFormat.CODE_128 : BarcodeFormat.DATA_MATRIX, decoded?.Format);
        var code = Assert.IsType<Gs1Code>(ScanParser.Parse(decoded!.Text, Today).Payload);
        Assert.Equal(("09506000134352", new DateOnly(2027, 12, 31), "L1", "SN-7"), (code.Gtin14, code.Expiry, code.Lot, code.Serial));
    }

    [Fact]
    public void The_GS1_128_symbol_opens_with_FNC1_and_separates_the_variable_length_lot_from_the_serial()
    {
        var text = IndependentDecoder.Decode(Gs1Symbols.Gs1128(Batch).ToPng())?.Text;

        Assert.Equal("]C1" + "0109506000134352" + "17271231" + "10L1\u001D" + "21SN-7", text);
    }

    [Fact]
    public void A_unit_label_is_a_Data_Matrix_of_its_own_code_and_its_SVG_reads_back_too()
    {
        var svg = Gs1Symbols.Svg(DataMatrixRenderer.Bitmap("WE-EQ000045"));

        Assert.Equal("WE-EQ000045", SvgRaster.Decode(svg)?.Text);
    }

    [Fact]
    public void Invalid_GS1_data_is_refused_before_anything_is_drawn()
    {
        Assert.Throws<ArgumentException>(() => Gs1Symbols.Gs1128("(01)09506000134353(10)L1"));
        Assert.Throws<ArgumentException>(() => Gs1Symbols.Gs1DataMatrix("no parentheses"));
    }

    [Theory]
    [InlineData("code128", "label.svg")]
    [InlineData("datamatrix", "label.png")]
    [InlineData("datamatrix", "label.svg")]
    public async Task The_label_command_draws_GS1_labels_as_PNG_or_SVG_that_scan_to_their_elements(string symbology, string file)
    {
        using var directory = new TempDirectory();
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await Cli.RunAsync(["label", symbology, Batch, "--gs1", "--out", directory.File(file)], output, error, default);

        Assert.True(exitCode == 0, error.ToString());
        var decoded = file.EndsWith(".svg", StringComparison.Ordinal)
            ? SvgRaster.Decode(await File.ReadAllTextAsync(directory.File(file)))
            : IndependentDecoder.Decode(await File.ReadAllBytesAsync(directory.File(file)));
        var code = Assert.IsType<Gs1Code>(ScanParser.Parse(decoded?.Text, Today).Payload);
        Assert.Equal(("L1", "SN-7"), (code.Lot, code.Serial));
    }

    [Fact]
    public async Task The_label_commands_GS1_Data_Matrix_opens_with_FNC1_so_a_scanner_reports_it_as_GS1_with_d2()
    {
        using var directory = new TempDirectory();

        var (output, error) = (new StringWriter(), new StringWriter());
        await Cli.RunAsync(["label", "datamatrix", Batch, "--gs1", "--out", directory.File("gs1.png")], output, error, default);
        await Cli.RunAsync(["label", "datamatrix", "0109506000134352", "--out", directory.File("plain.png")], output, error, default);

        var gs1 = IndependentDecoder.Decode(await File.ReadAllBytesAsync(directory.File("gs1.png")));
        var plain = IndependentDecoder.Decode(await File.ReadAllBytesAsync(directory.File("plain.png")));
        // ZXing.Net reports the leading FNC1 both as "]d2" and as a GS before the data.
        Assert.Equal((BarcodeFormat.DATA_MATRIX, "]d2", "\u001D0109506000134352" + "17271231" + "10L1\u001D" + "21SN-7"),
            (gs1?.Format, gs1?.Symbology, gs1?.Text));
        Assert.Equal(("]d1", "0109506000134352"), (plain?.Symbology, plain?.Text));
        Assert.IsType<Gs1Code>(ScanParser.Parse(gs1!.Symbology + gs1.Text, Today).Payload);
    }

    [Fact]
    public async Task GS1_data_in_a_QR_label_is_a_usage_mistake()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await Cli.RunAsync(["label", "qr", Batch, "--gs1", "--out", "x.png"], output, error, default);

        Assert.Equal(2, exitCode);
        Assert.Contains("code128 or datamatrix", error.ToString());
    }
}
