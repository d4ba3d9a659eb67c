using Warehouse.Hardware.Scanning;
using Warehouse.Hardware.Tool;
using Warehouse.Tests.Shared;
using ZXing;

namespace Warehouse.Hardware.Tests;

/// <summary>Labels written by <c>warehouse-hw label</c>, read back with ZXing.Net.</summary>
public class LabelToolReadBackTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await Cli.RunAsync(args, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("datamatrix", "WE-EQ000045", BarcodeFormat.DATA_MATRIX, "WE-EQ000045")]
    [InlineData("code128", "(01)09506000134352(10)L1(17)271231", BarcodeFormat.CODE_128, "]C101095060001343521" + "0L1\u001D17271231")]
    public async Task The_label_command_writes_a_PNG_that_reads_back_to_its_data(string symbology, string data, BarcodeFormat format, string read)
    {
        using var directory = new TempDirectory();
        string[] gs1 = symbology == "code128" ? ["--gs1"] : [];

        var (exitCode, _, error) = await RunAsync(["label", symbology, data, "--out", directory.File("label.png"), .. gs1]);

        Assert.True(exitCode == 0, error);
        var decoded = IndependentDecoder.Decode(await File.ReadAllBytesAsync(directory.File("label.png")));
        Assert.Equal((format, read), (decoded?.Format, decoded?.Text));
    }

    [Fact]
    public async Task A_GS1_label_from_the_tool_scans_to_its_lot_and_expiry()
    {
        using var directory = new TempDirectory();
        await RunAsync(["label", "code128", "(01)09506000134352(10)L1(17)271231", "--gs1", "--out", directory.File("batch.png")]);

        var text = IndependentDecoder.Decode(await File.ReadAllBytesAsync(directory.File("batch.png")))?.Text;

        var code = Assert.IsType<Gs1Code>(ScanParser.Parse(text, new DateOnly(2026, 11, 23)).Payload);
        Assert.Equal(("L1", new DateOnly(2027, 12, 31)), (code.Lot, code.Expiry));
    }
}
