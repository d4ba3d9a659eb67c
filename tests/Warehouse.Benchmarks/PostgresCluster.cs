using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Warehouse.Benchmarks;

/// A throw-away PostgreSQL cluster: Debian's `postgresql` binaries, a data folder and a loopback port of its own, the
/// server's durable defaults (fsync, synchronous commit, full page writes: a posting confirmed to a keeper survives a power
/// cut, as SQLite's `synchronous=FULL` does, so the two are timed making the same promise). For the crawl, statements slower
/// than <see cref="SlowMs"/> are written to its log with their plans (auto_explain, analyzed: rows and buffers per step
/// but not each step's time, whose clock reads on every row of every statement slowed the very pages being timed), so a
/// slow page can be read back; the latency figures go without, as that instruments every statement. Stopped and deleted on dispose, unless kept.
public sealed class PostgresCluster : IDisposable, IAsyncDisposable
{
    public const int SlowMs = 100;

    private readonly string _binaries;
    private readonly string _folder;
    private readonly bool _keep;
    private readonly string _admin;

    private PostgresCluster(string binaries, string folder, int port, bool keep)
    {
        _binaries = binaries;
        _folder = folder;
        _keep = keep;
        _admin = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=120";
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=warehouse;Maximum Pool Size=100";
    }

    /// The cluster's `warehouse` database.
    public string ConnectionString { get; }

    /// The server's log: the plans of the slow statements.
    public string LogPath => Path.Combine(_folder, "server.log");

    /// The postmaster; its backends are its children.
    public int ServerProcessId { get; private set; }

    /// Starts a cluster from the newest PostgreSQL under /usr/lib/postgresql, with an empty `warehouse` database.
    public static PostgresCluster Start(bool keep = false, bool explainSlow = false)
    {
        var binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (binaries is null)
            throw new InvalidOperationException("The figures on PostgreSQL need its binaries: apt-get install -y postgresql");
        var folder = Path.Combine(Path.GetTempPath(), $"warehouse-bench-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        Run("chown", "postgres", folder);
        var port = ServerProcess.FreePort();
        var cluster = new PostgresCluster(binaries, folder, port, keep);
        var data = Path.Combine(folder, "data");
        cluster.Server("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c max_connections=300 -c shared_buffers=256MB " +
            "-c log_timezone=UTC -c log_line_prefix='%m '" +
            (explainSlow ? " -c shared_preload_libraries=auto_explain -c auto_explain.log_analyze=on -c auto_explain.log_timing=off " +
                "-c auto_explain.log_buffers=on " +
                $"-c auto_explain.log_min_duration={SlowMs}ms" : "");
        cluster.Server("pg_ctl", "-D", data, "-l", cluster.LogPath, "-o", options, "-w", "start");
        cluster.ServerProcessId = int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        cluster.CreateDatabase("warehouse");
        Console.WriteLine($"  PostgreSQL cluster in {folder} on port {port}");
        return cluster;
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
        if (_keep)
        {
            Console.WriteLine($"  kept: the cluster runs on; {ConnectionString}; stop it with " +
                $"runuser -u postgres -- {_binaries}/pg_ctl -D {_folder}/data stop");
            return;
        }
        try
        {
            Server("pg_ctl", "-D", Path.Combine(_folder, "data"), "-m", "fast", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // PostgreSQL refuses to run as root: as root the cluster belongs to the postgres account.
    private void Server(string program, params string[] arguments) =>
        Run(Environment.UserName == "root" ? "runuser" : Path.Combine(_binaries, program),
            Environment.UserName == "root" ? ["-u", "postgres", "--", Path.Combine(_binaries, program), .. arguments] : arguments);

    private static void Run(string program, params string[] arguments)
    {
        if (program == "chown" && Environment.UserName != "root")
            return;
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
    }
}
