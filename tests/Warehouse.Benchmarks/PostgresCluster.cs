using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Warehouse.Benchmarks;

/// A throw-away PostgreSQL cluster for the latency and document figures, from Debian's `postgresql` binaries, in a
/// folder of its own on a free loopback port. Unlike the tests' cluster it keeps PostgreSQL's durable defaults
/// (fsync, synchronous commit, full page writes): a posting confirmed to a keeper survives a power cut, as SQLite's
/// `synchronous=FULL` does, so the two are timed doing the same promise.
public sealed class PostgresCluster : IDisposable
{
    private readonly string _binaries;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"warehouse-bench-pg-{Guid.NewGuid():N}");
    private readonly string _admin;

    // PostgreSQL refuses to run as root; as root the cluster belongs to the postgres account.
    private static readonly bool AsRoot = Environment.UserName == "root";

    private PostgresCluster(string binaries)
    {
        _binaries = binaries;
        Directory.CreateDirectory(_folder);
        if (AsRoot)
            Run("chown", "postgres", _folder);
        Run(Path.Combine(binaries, "initdb"), "-D", Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        var port = FreePort();
        Run(Path.Combine(binaries, "pg_ctl"), "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-o",
            $"-p {port} -c listen_addresses=127.0.0.1 -k {_folder} -c max_connections=300", "-w", "start");
        _admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=120";
        ServerProcessId = int.Parse(File.ReadLines(Path.Combine(Data, "postmaster.pid")).First());
    }

    private string Data => Path.Combine(_folder, "data");

    /// The postmaster; its backends are its children.
    public int ServerProcessId { get; }

    /// Starts a cluster from the newest PostgreSQL under /usr/lib/postgresql.
    public static PostgresCluster Start()
    {
        var binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl"))).OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return new PostgresCluster(binaries ?? throw new InvalidOperationException(
            "PostgreSQL is needed for --provider postgresql: `apt-get install -y postgresql`."));
    }

    /// A new empty database and its connection string.
    public string CreateDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(_admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(_admin) { Database = name }.ToString();
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(_binaries, "pg_ctl"), "-D", Data, "-m", "fast", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = AsRoot && program != "chown"
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error}{output.Result}");
    }
}
