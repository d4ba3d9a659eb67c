using Warehouse.Hardware.Simulation;
using Warehouse.Hardware.Transports;
using Warehouse.Hardware.Zpl;

namespace Warehouse.Hardware.Tests;

public sealed class ZplSimulatorTests : IAsyncLifetime
{
    private readonly TempDirectory _out = new();
    private PrinterSimulator _printer = null!;

    public async Task InitializeAsync()
    {
        _printer = new PrinterSimulator(new PrinterSimulatorOptions { OutputDirectory = _out.Path, Language = PrinterLanguage.Zpl });
        await _printer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _printer.DisposeAsync();
        _out.Dispose();
    }

    [Fact]
    public async Task A_ZPL_label_sent_over_TCP_is_written_as_readable_text_with_its_Chinese_fields_and_barcodes()
    {
        var label = new ZplBuilder(new LabelStock(50, 30, 203))
            .BeginLabel().Text(8, 8, 32, "救生衣 Life jacket").Code128(8, 50, 60, "WI-SH-0101").EndLabel().ToArray();

        await using (var transport = PrinterTransports.Create(_printer.Address))
        {
            await transport.WriteAsync(label);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var job = await _printer.ReadJobAsync(timeout.Token);

        Assert.True(job.Printed);
        Assert.Equal("[LABEL 400×240]\n救生衣 Life jacket\n[CODE128 WI-SH-0101]\n[END ×1]\n", await File.ReadAllTextAsync(job.TextPath!));
        Assert.Equal(label, await File.ReadAllBytesAsync(job.BinPath!));
    }

    [Theory]
    [InlineData(SimulatedPrinterMode.Healthy, null)]
    [InlineData(SimulatedPrinterMode.PaperOut, PrinterFailure.PaperOut)]
    [InlineData(SimulatedPrinterMode.CoverOpen, PrinterFailure.CoverOpen)]
    [InlineData(SimulatedPrinterMode.Offline, PrinterFailure.Offline)]
    public async Task The_label_printer_answers_host_status_and_a_status_only_connection_is_no_job(SimulatedPrinterMode mode,
        PrinterFailure? problem)
    {
        _printer.Mode = mode;

        var status = await ZplHostStatus.QueryAsync(_printer.Address);

        Assert.Equal(problem, status.Problem);
        _printer.Mode = SimulatedPrinterMode.Healthy;
        await using (var transport = PrinterTransports.Create(_printer.Address))
        {
            await transport.WriteAsync(new ZplBuilder(LabelStock.Default).BeginLabel().Text(0, 0, 20, "next").EndLabel().ToArray());
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var job = await _printer.ReadJobAsync(timeout.Token);
        Assert.Contains("next", job.Text);
        Assert.Equal(1, job.Number);
    }

    [Fact]
    public async Task A_printer_that_never_answers_host_status_cannot_tell_rather_than_fails()
    {
        await using var receipts = new PrinterSimulator(new PrinterSimulatorOptions());
        await receipts.StartAsync();

        var e = await Assert.ThrowsAsync<PrinterException>(() => ZplHostStatus.QueryAsync(receipts.Address,
            new PrinterTransportOptions { StatusTimeout = TimeSpan.FromMilliseconds(300) }));

        Assert.Equal(PrinterFailure.StatusUnavailable, e.Failure);
    }

    [Fact]
    public async Task Host_status_of_a_printer_that_is_not_on_the_network_is_unavailable()
    {
        var e = await Assert.ThrowsAsync<PrinterException>(() => ZplHostStatus.QueryAsync("file:///tmp/label-printer"));

        Assert.Equal(PrinterFailure.StatusUnavailable, e.Failure);
    }
}
