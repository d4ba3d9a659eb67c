using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Simulation;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Tests;

public class TransportFailureTests
{
    private static readonly PrinterTransportOptions Quick = new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(2),
        WriteTimeout = TimeSpan.FromMilliseconds(500),
        StatusTimeout = TimeSpan.FromMilliseconds(300),
    };

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<PrinterException> FailsWithinAsync(TimeSpan limit, Func<Task> operation)
    {
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<PrinterException>(operation);
        Assert.True(clock.Elapsed < limit, $"Took {clock.Elapsed}, limit {limit}.");
        return error;
    }

    [Fact]
    public async Task A_refused_connection_is_Unreachable_with_a_clear_message()
    {
        await using var transport = PrinterTransports.Create($"tcp://127.0.0.1:{FreePort()}", Quick);

        var error = await FailsWithinAsync(TimeSpan.FromSeconds(3), () => transport.WriteAsync(new byte[] { 0x1B, 0x40 }));

        Assert.Equal(PrinterFailure.Unreachable, error.Failure);
        Assert.Contains("refused", error.Message);
    }

    [Fact]
    public async Task A_printer_that_stops_reading_makes_the_write_time_out()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Server.ReceiveBufferSize = 4096;
        listener.Start();
        var accepted = listener.AcceptTcpClientAsync();
        await using var transport = PrinterTransports.Create($"tcp://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", Quick);

        var error = await FailsWithinAsync(TimeSpan.FromSeconds(5), () => transport.WriteAsync(new byte[64 * 1024 * 1024]));

        Assert.Equal(PrinterFailure.Timeout, error.Failure);
        Assert.Contains("stopped accepting data", error.Message);
        (await accepted).Dispose();
    }

    [Fact]
    public async Task A_printer_that_never_answers_status_times_out()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = listener.AcceptTcpClientAsync();
        await using var transport = PrinterTransports.Create($"tcp://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", Quick);

        var error = await FailsWithinAsync(TimeSpan.FromSeconds(3), () => transport.GetStatusAsync());

        Assert.Equal(PrinterFailure.Timeout, error.Failure);
        Assert.Contains("DLE EOT 1", error.Message);
        (await accepted).Dispose();
    }

    [Fact]
    public async Task A_status_answer_that_is_not_a_status_byte_is_BadResponse()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var answering = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            await stream.ReadExactlyAsync(new byte[3]);
            await stream.WriteAsync(new byte[] { 0xFF });
            await stream.ReadAtLeastAsync(new byte[1], 1, throwOnEndOfStream: false);
        });
        await using var transport = PrinterTransports.Create($"tcp://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", Quick);

        var error = await FailsWithinAsync(TimeSpan.FromSeconds(3), () => transport.GetStatusAsync());

        Assert.Equal(PrinterFailure.BadResponse, error.Failure);
        await transport.DisposeAsync();
        await answering;
    }

    [Fact]
    public async Task Paper_out_is_reported_by_status_and_names_the_problem()
    {
        await using var printer = new PrinterSimulator(new PrinterSimulatorOptions { Mode = SimulatedPrinterMode.PaperOut });
        await printer.StartAsync();
        await using var transport = PrinterTransports.Create(printer.Address, Quick);

        var status = await transport.GetStatusAsync();

        Assert.False(status.IsReady);
        Assert.Equal(PrinterFailure.PaperOut, status.Problem);
        Assert.Equal("offline, paper out", status.ToString());
    }

    [Fact]
    public async Task The_transport_reconnects_when_the_printer_comes_back()
    {
        var port = FreePort();
        await using var transport = PrinterTransports.Create($"tcp://127.0.0.1:{port}", Quick);
        await using (var first = new PrinterSimulator(new PrinterSimulatorOptions { Port = port }))
        {
            await first.StartAsync();
            await transport.WriteAsync(new EscPosBuilder().Line("before").ToArray());
        }

        var down = await FailsWithinAsync(TimeSpan.FromSeconds(3), () => transport.WriteAsync(new EscPosBuilder().Line("while down").ToArray()));
        Assert.Equal(PrinterFailure.Unreachable, down.Failure);

        await using var second = new PrinterSimulator(new PrinterSimulatorOptions { Port = port });
        await second.StartAsync();
        await transport.WriteAsync(new EscPosBuilder().Line("after").ToArray());
        await transport.DisposeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        Assert.Equal("after\n", (await second.ReadJobAsync(timeout.Token)).Text);
    }

    [Theory]
    [InlineData("printer")]
    [InlineData("http://printer:9100")]
    [InlineData("tcp:///nohost")]
    [InlineData("serial://")]
    [InlineData("serial:///dev/ttyUSB0?baud=fast")]
    [InlineData("serial:///dev/ttyUSB0?handshake=maybe")]
    public void Bad_addresses_are_InvalidAddress(string address)
    {
        var error = Assert.Throws<PrinterException>(() => PrinterTransports.Create(address));
        Assert.Equal(PrinterFailure.InvalidAddress, error.Failure);
        Assert.Contains("tcp://host:9100", error.Message);
    }

    [Fact]
    public async Task A_file_printer_appends_jobs_and_cannot_report_status()
    {
        using var directory = new TempDirectory();
        var path = directory.File("spool.bin");
        await using var transport = PrinterTransports.Create(new Uri(path));

        await transport.WriteAsync(new byte[] { 1, 2 });
        await transport.WriteAsync(new byte[] { 3 });
        var error = await Assert.ThrowsAsync<PrinterException>(() => transport.GetStatusAsync());

        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(path));
        Assert.Equal(PrinterFailure.StatusUnavailable, error.Failure);
    }

    [Fact]
    public async Task An_unplugged_device_file_is_Unreachable_and_not_created()
    {
        await using var transport = PrinterTransports.Create("file:///dev/usb/lp-warehouse-test");

        var error = await Assert.ThrowsAsync<PrinterException>(() => transport.WriteAsync(new byte[] { 1 }));

        Assert.Equal(PrinterFailure.Unreachable, error.Failure);
        Assert.False(File.Exists("/dev/usb/lp-warehouse-test"));
    }

    [Fact]
    public async Task A_missing_serial_port_is_Unreachable()
    {
        await using var transport = PrinterTransports.Create("serial:///dev/ttyWAREHOUSE-none?baud=19200", Quick);

        var error = await FailsWithinAsync(TimeSpan.FromSeconds(3), () => transport.GetStatusAsync());

        Assert.Equal(PrinterFailure.Unreachable, error.Failure);
    }
}
