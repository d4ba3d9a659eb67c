using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Warehouse.Tests.Shared;

/// The PostgreSQL server the provider tests run on: the one `WAREHOUSE_TEST_POSTGRES` names (a connection string whose
/// user may create databases), else a throw-away cluster started from Debian's `postgresql` binaries in a folder of its
/// own on a free loopback port, stopped and deleted when the test process ends. Each test gets a database of its own.
public static class PostgresServer
{
    public const string Variable = "WAREHOUSE_TEST_POSTGRES";

    private static readonly Lazy<string> Admin = new(StartOrConnect, LazyThreadSafetyMode.ExecutionAndPublication);

    /// Why the PostgreSQL tests cannot run here, or null when they can. Under CI they always run (and fail if the
    /// server is missing), so a machine without PostgreSQL cannot pass CI by skipping them.
    public static string? SkipReason =>
        IsCi || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) || FindBinaries() is not null
            ? null
            : $"PostgreSQL tests skipped: install PostgreSQL (`apt-get install -y postgresql`) or set {Variable} to a connection string.";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// Creates a database, empty or as a copy of the named template database, and answers its connection string.
    public static string CreateDatabase(string? template = null)
    {
        var name = "wh_" + Guid.NewGuid().ToString("N");
        Execute(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return new NpgsqlConnectionStringBuilder(Admin.Value) { Database = name }.ToString();
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Admin.Value);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string StartOrConnect()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL is needed for these tests: `apt-get install -y postgresql`, or set {Variable}.");
        return new ThrowAwayCluster(binaries).Start();
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal).FirstOrDefault()
            : null;

    private sealed class ThrowAwayCluster(string binaries)
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), $"warehouse-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");

        // PostgreSQL refuses to run as root; CI runs as root, so there the cluster belongs to the postgres account.
        private static readonly bool AsRoot = Environment.UserName == "root";

        public string Start()
        {
            Directory.CreateDirectory(_folder);
            if (AsRoot)
                Run("chown", "postgres", _folder);
            var data = Path.Combine(_folder, "data");
            Run(Path.Combine(binaries, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
            var port = FreePort();
            var options = $"-p {port} -c listen_addresses=127.0.0.1 -k {_folder} -c max_connections=300 -c fsync=off " +
                "-c synchronous_commit=off -c full_page_writes=off";
            Run(Path.Combine(binaries, "pg_ctl"), "-D", data, "-l", Path.Combine(_folder, "server.log"), "-o", options, "-w", "start");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(data);
            return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=120;Include Error Detail=true";
        }

        private void Stop(string data)
        {
            try
            {
                Run(Path.Combine(binaries, "pg_ctl"), "-D", data, "-m", "immediate", "stop");
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception)
            {
                // The process is ending; a folder left in the temp directory is all that can go wrong.
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
}

/// The providers a test may run on: SQLite always, PostgreSQL where a server is at hand (always under CI).
public static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgresql";

    public static TheoryData<string> Both
    {
        get
        {
            var providers = new TheoryData<string> { Sqlite };
            if (PostgresServer.SkipReason is null)
                providers.Add(Postgres);
            return providers;
        }
    }
}

/// A test that needs PostgreSQL: skipped with the reason when there is none (never under CI).
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}
