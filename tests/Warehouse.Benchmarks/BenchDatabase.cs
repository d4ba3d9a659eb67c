using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Warehouse.Benchmarks;

/// The database a benchmark runs the app on: a SQLite file in the run's folder, or a database of its own on a
/// throw-away PostgreSQL cluster. It says how the app is pointed at it and how raw statements reach it.
public sealed class BenchDatabase
{
    public const string SqliteName = "SQLite";
    public const string PostgresName = "PostgreSQL";

    private readonly string? _postgres;

    private BenchDatabase(string provider, string path, string? postgres, int? serverProcessId)
    {
        (Provider, Path, _postgres, ServerProcessId) = (provider, path, postgres, serverProcessId);
        Settings = postgres is null ? new Dictionary<string, string>() : new Dictionary<string, string>
        {
            ["Database__Provider"] = PostgresName,
            ["ConnectionStrings__Warehouse"] = postgres,
        };
    }

    /// SQLite or PostgreSQL, as the figures are labelled.
    public string Provider { get; }

    /// The SQLite file (unused on PostgreSQL; the app's settings point it at the server).
    public string Path { get; }

    /// What the app is started with on top of its defaults.
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// The database server's own process, where it is one (PostgreSQL); SQLite works inside the app's.
    public int? ServerProcessId { get; }

    public static BenchDatabase Sqlite(string folder, string name) =>
        new(SqliteName, System.IO.Path.Combine(folder, name + ".db"), null, null);

    public static BenchDatabase Postgres(PostgresCluster cluster, string folder, string name) =>
        new(PostgresName, System.IO.Path.Combine(folder, name + ".unused.db"), cluster.CreateDatabase(name), cluster.ServerProcessId);

    /// The providers a `--provider` option names: sqlite, postgresql or both.
    public static IReadOnlyList<string> Named(string option) => option.ToUpperInvariant() switch
    {
        "SQLITE" => [SqliteName],
        "POSTGRESQL" or "POSTGRES" or "PG" => [PostgresName],
        "BOTH" => [SqliteName, PostgresName],
        _ => throw new ArgumentException($"--provider takes sqlite, postgresql or both, not {option}."),
    };

    /// How the app's own registration reaches this database (`ConnectionStrings:Warehouse`).
    public string ConnectionString => _postgres ?? Warehouse.Data.DataServiceCollectionExtensions.SqliteConnectionString(
        $"Data Source={Path}", System.IO.Path.GetDirectoryName(Path)!);

    /// A one-line issue's statements written by hand against this database, on the given balance.
    public RawPosting RawPosting(int depotId, int itemId, int balanceId) => _postgres is null
        ? Warehouse.Benchmarks.RawPosting.Sqlite(SqliteConnectionString, depotId, itemId, balanceId)
        : Warehouse.Benchmarks.RawPosting.Postgres(_postgres, depotId, itemId, balanceId);

    /// A one-line issue's statements written by hand against this database (see <see cref="RawPosting"/>), on the
    /// balance of the given depot and item that holds the most.
    public RawPosting RawPosting(string depotCode, string itemCode)
    {
        using var connection = Connect();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT b."DepotId", b."ItemId", b."Id" FROM "StockBalances" b
            JOIN "Depots" d ON d."Id" = b."DepotId" JOIN "Items" i ON i."Id" = b."ItemId"
            WHERE d."Code" = @depot AND i."Code" = @item ORDER BY b."OnHand" DESC LIMIT 1
            """;
        Warehouse.Benchmarks.RawChain.Set(command, "@depot", depotCode);
        Warehouse.Benchmarks.RawChain.Set(command, "@item", itemCode);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            throw new InvalidOperationException($"No balance of {itemCode} at {depotCode}.");
        return RawPosting(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    private string SqliteConnectionString => $"Data Source={Path};Default Timeout=30";

    /// A new connection to this database, not yet open.
    public DbConnection Connect() => _postgres is null ? new SqliteConnection(SqliteConnectionString) : new NpgsqlConnection(_postgres);
}
