using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Scanning;
using Warehouse.Hardware.Simulation;
using Warehouse.Hardware.Tool;

namespace Warehouse.Hardware.Tests;

public class ToolTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var exitCode = await Cli.RunAsync(args, output, error, timeout.Token);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("print")]
    [InlineData("test-print")]
    [InlineData("test-print", "tcp://127.0.0.1:9100", "--width", "76")]
    [InlineData("status", "tcp://a:1", "tcp://b:2")]
    [InlineData("status", "lpt1")]
    [InlineData("label", "qr", "x")]
    [InlineData("label", "ean13", "x", "--out", "x.png")]
    [InlineData("label", "qr", "x", "--out", "x.gif")]
    [InlineData("label", "code128", "救生衣", "--out", "x.png")]
    [InlineData("printer-sim", "--port", "ninety", "--out", "x")]
    [InlineData("printer-sim", "--port", "9100", "--out", "x", "--mode", "jammed")]
    [InlineData("printer-sim", "--port")]
    [InlineData("scan", "/dev/ttyACM0")]
    [InlineData("scan", "serial:///dev/ttyACM0?terminator=semicolon")]
    public async Task Usage_mistakes_exit_with_2_and_explain(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);
        Assert.Equal(2, exitCode);
        Assert.StartsWith("error", error);
    }

    [Fact]
    public async Task Test_print_on_the_virtual_printer_shows_Chinese_barcodes_and_the_cut()
    {
        using var directory = new TempDirectory();
        await using var printer = new PrinterSimulator(new PrinterSimulatorOptions { OutputDirectory = directory.Path, Width = PaperWidth.Mm58 });
        await printer.StartAsync();

        var (exitCode, output, _) = await RunAsync("test-print", printer.Address, "--width", "58");

        Assert.Equal(0, exitCode);
        Assert.Contains("online", output);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var job = await printer.ReadJobAsync(timeout.Token);
        var receipt = await File.ReadAllTextAsync(job.TextPath!);
        Assert.Equal(directory.File("job-0001.txt"), job.TextPath);
        Assert.Contains("打印测试", receipt);
        Assert.Contains("应急物资储备与调拨系统", receipt);
        Assert.Contains("[CODE128 WI-SH-0101]", receipt);
        Assert.Contains("[QR WD-DP20261123-0007]", receipt);
        Assert.EndsWith("[CUT]\n", receipt);
        Assert.All(receipt.Split('\n'), line => Assert.True(TextWidth.OnPrinter(line) <= 32, line));
    }

    [Fact]
    public async Task Test_print_refuses_a_printer_without_paper()
    {
        await using var printer = new PrinterSimulator(new PrinterSimulatorOptions { Mode = SimulatedPrinterMode.PaperOut });
        await printer.StartAsync();

        var (exitCode, _, error) = await RunAsync("test-print", printer.Address);

        Assert.Equal(1, exitCode);
        Assert.Contains("paper out", error);
    }

    [Fact]
    public async Task Status_prints_the_decoded_status_and_fails_when_not_ready()
    {
        await using var printer = new PrinterSimulator(new PrinterSimulatorOptions());
        await printer.StartAsync();

        var healthy = await RunAsync("status", printer.Address);
        printer.Mode = SimulatedPrinterMode.CoverOpen;
        var coverOpen = await RunAsync("status", printer.Address);

        Assert.Equal((0, $"{printer.Address}: online"), (healthy.ExitCode, healthy.Output.Split('\n')[0]));
        Assert.Equal(1, coverOpen.ExitCode);
        Assert.Contains("cover open yes", coverOpen.Output);
    }

    [Fact]
    public async Task Status_of_an_unreachable_printer_fails_with_1()
    {
        var (exitCode, _, error) = await RunAsync("status", "tcp://127.0.0.1:1");
        Assert.Equal(1, exitCode);
        Assert.Contains("Unreachable", error);
    }

    [Theory]
    [InlineData("code128", "WI-SH-0101", "label.svg")]
    [InlineData("code128", "WI-SH-0101", "label.png")]
    [InlineData("qr", "WL-CR-A-01-02", "label.png")]
    public async Task Label_writes_the_requested_file(string symbology, string data, string file)
    {
        using var directory = new TempDirectory();
        var (exitCode, _, _) = await RunAsync("label", symbology, data, "--out", directory.File(file));

        Assert.Equal(0, exitCode);
        var bytes = await File.ReadAllBytesAsync(directory.File(file));
        Assert.Equal(file.EndsWith(".png") ? (byte)0x89 : (byte)'<', bytes[0]);
    }

    [Fact]
    public void Scans_are_described_on_one_line()
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.Equal("Item SH-0101 (WI-SH-0101)", ScanCommand.Describe(ScanParser.Parse("WI-SH-0101", today)));
        Assert.Equal("GS1 (01)09506000134352(17)201225 -> GTIN 09506000134352, expiry 2020-12-25",
            ScanCommand.Describe(ScanParser.Parse("(01)09506000134352(17)201225", today)));
        Assert.StartsWith("Error BadCheckDigit:", ScanCommand.Describe(ScanParser.Parse("4006381333932", today)));
    }
}
