namespace Warehouse.Hardware.Transports;

/// <summary>
/// A printer device file such as /dev/usb/lp0, or any file (bytes are appended). Device files give
/// no real-time status here: reading one blocks until the printer sends something, which cannot be
/// bounded by a timeout, so <see cref="GetStatusAsync"/> reports <see cref="PrinterFailure.StatusUnavailable"/>.
/// </summary>
internal sealed class FilePrinterTransport(string path, string address, PrinterTransportOptions options) : IPrinterTransport
{
    public string Address => address;

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        FileStream stream;
        try
        {
            // A device that is unplugged must fail, not be replaced by a new regular file.
            var isDevice = path.StartsWith("/dev/", StringComparison.Ordinal);
            stream = new FileStream(path, isDevice ? FileMode.Open : FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PrinterException(PrinterFailure.Unreachable, Address, $"{path} cannot be opened for writing: {e.Message}", e);
        }
        // A device write can block inside the kernel where cancellation does not reach; the caller is
        // released at the timeout and the stream is closed when the write returns.
        var write = WriteAndCloseAsync(stream, data, cancellationToken);
        var limit = options.WriteTimeout * Math.Max(1, data.Length / PrinterTransportOptions.ChunkSize);
        if (await Task.WhenAny(write, Task.Delay(limit, cancellationToken)) != write)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new PrinterException(PrinterFailure.Timeout, Address, $"Writing to {path} did not finish within {PrinterTransportOptions.Describe(limit)} (printer off or out of paper?).");
        }
        try
        {
            await write;
        }
        catch (IOException e)
        {
            throw new PrinterException(PrinterFailure.Disconnected, Address, $"Writing to {path} failed: {e.Message}", e);
        }
    }

    public Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        throw new PrinterException(PrinterFailure.StatusUnavailable, Address,
            $"{Address} is a file; it cannot report paper or cover status. Use a tcp:// or serial:// printer address for real-time status.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task WriteAndCloseAsync(FileStream stream, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await using (stream)
        {
            await stream.WriteAsync(data, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
    }
}
