using Warehouse.Hardware.Scanning;

namespace Warehouse.Hardware.Tool.Agent;

/// <summary><c>warehouse-hw agent</c>: drives the station's printers and scanner on the keeper's PC for the server.</summary>
internal static class AgentCommand
{
    /// <summary>The exit code when the server refuses the station key.</summary>
    public const int KeyRefused = 3;

    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        HttpMessageHandler? handler = null)
    {
        var server = Server(arguments.Option("--server"));
        var key = arguments.Option("--key") is { Length: > 0 } given
            ? given.Trim()
            : throw new UsageException("Missing --key STATION_KEY.");
        var printers = arguments.Options("--printer").Select(AgentPrinter.Parse).ToList();
        if (printers.Count == 0 || printers.Select(p => p.Name).Distinct().Count() != printers.Count)
        {
            throw new UsageException("Give each printer once: --printer NAME=URI (at least one).");
        }
        var scanner = arguments.Option("--scanner");
        var settings = new AgentSettings(printers, scanner, arguments.Has("--once"));
        using var http = AgentConnection.Client(server, key, handler);
        var connection = new AgentConnection(http);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var scans = scanner is null ? Task.CompletedTask : ForwardScansAsync(scanner, connection, error, stop.Token);
        try
        {
            var code = await new AgentLoop(connection, settings, output, error).RunAsync(cancellationToken);
            if (settings.Once)
            {
                await stop.CancelAsync();
            }
            await scans;
            return code;
        }
        catch (StationKeyRefusedException e)
        {
            error.WriteLine($"error: {e.Message}");
            return KeyRefused;
        }
        catch (HttpRequestException e)
        {
            error.WriteLine($"error: the server at {server} cannot be reached: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    private static Uri Server(string? text)
    {
        if (text is null || !Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http"))
        {
            throw new UsageException("--server takes the app's address, e.g. https://warehouse.bureau.gov.cn.");
        }
        return uri;
    }

    /// <summary>Forwards every scan the serial scanner reads, raw, to the station's scan box; one that cannot be sent is reported.</summary>
    private static async Task ForwardScansAsync(string address, AgentConnection connection, TextWriter error,
        CancellationToken cancellationToken)
    {
        SerialScannerOptions options;
        try
        {
            options = SerialScannerOptions.FromUri(address);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        var reader = new SerialScannerReader(options);
        reader.ConnectionChanged += (_, e) => error.WriteLine(e.Message);
        reader.Scanned += async (_, e) =>
        {
            try
            {
                await connection.ForwardAsync(e.Result.Raw, cancellationToken);
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or StationKeyRefusedException)
            {
                error.WriteLine($"Scan \"{e.Result.Raw}\" could not be forwarded: {failure.Message}");
            }
        };
        try
        {
            await reader.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
