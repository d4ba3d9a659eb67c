using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Warehouse.Tests.Shared;

/// The Redis server the several-instance tests push through: a throw-away `redis-server` (Debian's `redis-server`
/// package) on a free loopback port, with no persistence, stopped when the test process ends.
public static class RedisServer
{
    public const string Binary = "/usr/bin/redis-server";

    private static readonly Lazy<string> Address = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// Why the Redis tests cannot run here, or null when they can; under CI they always run (and fail without Redis).
    public static string? SkipReason =>
        File.Exists(Binary) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : "Redis tests skipped: install Redis (`apt-get install -y redis-server`).";

    /// The running server's address, `127.0.0.1:port`, started on first use.
    public static string Configuration => Address.Value;

    private static string Start()
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException($"Redis is needed for these tests: `apt-get install -y redis-server` ({Binary} not found).");
        var port = FreePort();
        var start = new ProcessStartInfo(Binary, ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--daemonize", "no"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process);
        WaitUntilListening(port, process);
        return $"127.0.0.1:{port}";
    }

    private static void WaitUntilListening(int port, Process process)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"redis-server exited with {process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException($"redis-server did not listen on port {port}.");
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
                process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It has already ended.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// A test that needs PostgreSQL and Redis: skipped with the reason when either is missing (never under CI).
public sealed class PostgresAndRedisFactAttribute : FactAttribute
{
    public PostgresAndRedisFactAttribute() => Skip = PostgresServer.SkipReason ?? RedisServer.SkipReason;
}
