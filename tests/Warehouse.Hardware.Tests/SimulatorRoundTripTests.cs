using System.Text;
using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Simulation;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Tests;

public sealed class SimulatorRoundTripTests : IAsyncLifetime
{
    private readonly TempDirectory _out = new();
    private PrinterSimulator _printer = null!;

    public async Task InitializeAsync()
    {
        _printer = new PrinterSimulator(new PrinterSimulatorOptions { OutputDirectory = _out.Path, Width = PaperWidth.Mm58 });
        await _printer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _printer.DisposeAsync();
        _out.Dispose();
    }

    private async Task<SimulatedJob> PrintAsync(byte[] job)
    {
        await using (var transport = PrinterTransports.Create(_printer.Address))
        {
            await transport.WriteAsync(job);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        return await _printer.ReadJobAsync(timeout.Token);
    }

    [Fact]
    public async Task A_receipt_sent_over_TCP_comes_back_decoded_with_Chinese_barcodes_and_cut()
    {
        // On 58 mm neither Code 128 fits at module width 2 with its quiet zones: both print as QR codes with their text.
        var job = new EscPosBuilder(PaperWidth.Mm58)
            .Bold().Size(2, 2).Line("出库单", TextAlign.Center).Size().Bold(false)
            .Line("Dispatch DP20261123-0007", TextAlign.Center)
            .Rule()
            .TwoColumns("救生衣 Life jacket", "40 件")
            .TwoColumns("应急照明灯（充电式）Rechargeable emergency lamp", "6 台")
            .Rule('=')
            .Code128("WD-DP20261123-0007")
            .QrCode("WD-DP20261123-0007")
            .Code128("(01)09506000134352(17)201225(10)ABC123", gs1: true)
            .RasterImage(BarcodeRenderer.QrBitmap("WI-SH-0101", QrErrorCorrection.M, new BarcodeImageOptions { ModuleSize = 4, ShowText = false }))
            .Footer("签收 Signature")
            .Feed(2)
            .Cut()
            .ToArray();

        var printed = await PrintAsync(job);

        const string expected = """
                      出库单
                Dispatch DP20261123-0007
            --------------------------------
            救生衣 Life jacket         40 件
            应急照明灯（充电式）        6 台
            Rechargeable emergency lamp
            ================================
            [QR WD-DP20261123-0007]
                   WD-DP20261123-0007
            [QR WD-DP20261123-0007]
            [QR (01)09506000134352(17)201225(10)ABC123]
            (01)09506000134352(17)201225(10)
                         ABC123
            [IMAGE 120×116]
            --------------------------------
                     签收 Signature


            [CUT]

            """;
        Assert.True(printed.Printed);
        Assert.Equal(expected.Replace("\r\n", "\n"), printed.Text);
        Assert.Equal(job, await File.ReadAllBytesAsync(printed.BinPath!));
        Assert.Equal(expected.Replace("\r\n", "\n"), await File.ReadAllTextAsync(printed.TextPath!, Encoding.UTF8));
        Assert.Equal(Path.Combine(_out.Path, "job-0001.txt"), printed.TextPath);
    }

    [Fact]
    public async Task Each_connection_is_a_new_numbered_job_and_status_only_connections_are_not_jobs()
    {
        await PrintAsync(new EscPosBuilder().Line("one").ToArray());
        await using (var transport = PrinterTransports.Create(_printer.Address))
        {
            Assert.True((await transport.GetStatusAsync()).IsReady);
        }
        var second = await PrintAsync(new EscPosBuilder().Line("two").ToArray());

        Assert.Equal(2, second.Number);
        Assert.Equal("two\n", second.Text);
        Assert.Equal(["job-0001.bin", "job-0001.txt", "job-0002.bin", "job-0002.txt"],
            Directory.GetFiles(_out.Path).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData(SimulatedPrinterMode.Healthy, true, false, false, false, null)]
    [InlineData(SimulatedPrinterMode.PaperOut, false, false, true, false, PrinterFailure.PaperOut)]
    [InlineData(SimulatedPrinterMode.CoverOpen, false, true, false, false, PrinterFailure.CoverOpen)]
    [InlineData(SimulatedPrinterMode.Offline, false, false, false, false, PrinterFailure.Offline)]
    public async Task Status_requests_are_answered_as_the_mode_dictates(
        SimulatedPrinterMode mode, bool online, bool coverOpen, bool paperOut, bool error, PrinterFailure? problem)
    {
        _printer.Mode = mode;
        await using var transport = PrinterTransports.Create(_printer.Address);

        var status = await transport.GetStatusAsync();

        Assert.Equal(new PrinterStatus(online, coverOpen, paperOut, PaperNearEnd: paperOut, error), status);
        Assert.Equal(problem, status.Problem);
    }

    [Fact]
    public async Task A_printer_that_runs_out_of_paper_prints_nothing_until_it_comes_back()
    {
        _printer.Mode = SimulatedPrinterMode.PaperOut;
        var lost = await PrintAsync(new EscPosBuilder().Line("while out of paper").ToArray());
        _printer.Mode = SimulatedPrinterMode.Healthy;
        var printed = await PrintAsync(new EscPosBuilder().Line("after new roll").ToArray());

        Assert.False(lost.Printed);
        Assert.Null(lost.TextPath);
        Assert.True(printed.Printed);
        Assert.Equal("after new roll\n", await File.ReadAllTextAsync(printed.TextPath!));
        Assert.Equal(["job-0002.bin", "job-0002.txt"], Directory.GetFiles(_out.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Job_numbers_continue_after_the_files_already_in_the_output_directory()
    {
        using var directory = new TempDirectory();
        await File.WriteAllBytesAsync(directory.File("job-0041.bin"), []);
        await using var printer = new PrinterSimulator(new PrinterSimulatorOptions { OutputDirectory = directory.Path });
        await printer.StartAsync();
        await using (var transport = PrinterTransports.Create(printer.Address))
        {
            await transport.WriteAsync(new EscPosBuilder().Line("next").ToArray());
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        Assert.Equal(42, (await printer.ReadJobAsync(timeout.Token)).Number);
    }
}
