using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Warehouse.Domain.Auditing;

namespace Warehouse.Benchmarks;

/// A one-line issue's own statements, as EF Core sends them for StockPostingService, written by hand in raw
/// Microsoft.Data.Sqlite or Npgsql: prepared once, one transaction per posting. It says what the schema itself costs
/// (four rows and two updates with their indexes, and the reads that decide them) apart from what EF Core adds on top.
public sealed class RawPosting(Func<DbConnection> connect, bool sqlite, int depotId, int itemId, int balanceId)
{
    private Func<DbConnection> Connect => connect;
    private bool OnSqlite => sqlite;
    private int DepotId => depotId;
    private int ItemId => itemId;
    private int BalanceId => balanceId;

    public static RawPosting Sqlite(string connectionString, int depotId, int itemId, int balanceId) =>
        new(() => new SqliteConnection(connectionString), sqlite: true, depotId, itemId, balanceId);

    /// Npgsql prepares a statement once it has been sent twice on a connection, as a prepared SqliteCommand is reused.
    public static RawPosting Postgres(string connectionString, int depotId, int itemId, int balanceId) =>
        new(() => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString)
            { MaxAutoPrepare = 32, AutoPrepareMinUsages = 2 }.ToString()), sqlite: false, depotId, itemId, balanceId);

    private static readonly string[] Reads =
    [
        "SELECT \"Id\" FROM \"StockDocuments\" WHERE \"ClientId\" = @client LIMIT 2",
        "SELECT \"Id\", \"Code\", \"Name\" FROM \"Depots\" WHERE \"Id\" = @depot LIMIT 2",
        "SELECT * FROM \"Items\" WHERE \"Id\" = @item LIMIT 2",
        """
        SELECT "s".*, "s"."OnHand" - "s"."Reserved", "l"."Code", "b"."Number", "b"."Lot", "b"."Expiry", "e"."AssetNumber",
            "e"."SerialNumber"
        FROM "StockBalances" AS "s"
        LEFT JOIN "Batches" AS "b" ON "s"."BatchId" = "b"."Id"
        LEFT JOIN "Locations" AS "l" ON "s"."LocationId" = "l"."Id"
        LEFT JOIN "EquipmentUnits" AS "e" ON "s"."EquipmentUnitId" = "e"."Id"
        WHERE "s"."DepotId" = @depot AND "s"."ItemId" = @item AND "s"."OnHand" - "s"."Reserved" > 0 AND
            ("b"."Id" IS NULL OR "b"."Expiry" >= @today)
        ORDER BY CASE WHEN "b"."Id" IS NULL THEN '9999-12-31' ELSE "b"."Expiry" END, "s"."Id"
        """,
        "SELECT \"Id\" FROM \"Printers\" WHERE \"DepotId\" = @depot ORDER BY \"Id\" LIMIT 1",
    ];

    private const string Counter = "UPDATE \"NumberSequences\" SET \"Last\" = \"Last\" + 1 WHERE \"Name\" = 'RAW' RETURNING \"Last\"";

    private const string Take = """
        UPDATE "StockBalances" SET "OnHand" = "OnHand" - 1, "Version" = "Version" + 1
        WHERE "Id" = @balance AND "OnHand" - "Reserved" - 1 >= 0 RETURNING "OnHand"
        """;

    private const string Document = """
        INSERT INTO "StockDocuments" ("ClientId", "ClientScope", "DepotId", "Kind", "Note", "Number", "PostedAt", "Reason", "StationId", "UserName")
        VALUES (@client, 'raw', @depot, 'Issue', NULL, @number, @at, 'InternalUse', NULL, 'raw') RETURNING "Id"
        """;

    private const string Job = """
        INSERT INTO "PrintJobs" ("Attempts", "Content", "CreatedAt", "CreatedBy", "DepotId", "DocumentId", "Kind", "LastError",
            "LeaseExpiresAt", "LeaseOwner", "NextAttemptAt", "PrintedAt", "PrinterId", "State", "Title")
        VALUES (0, NULL, @at, 'raw', @depot, @document, 'IssueNote', NULL, NULL, NULL, @at, NULL, NULL, 'Pending', @number) RETURNING "Id"
        """;

    private const string Audit = """
        INSERT INTO "AuditEntries" ("Action", "At", "Detail", "Origin", "Subject", "UserName", "Sequence", "PreviousHash", "Hash")
        VALUES (@action, @at, 'BM InternalUse: BM-0001×1', NULL, @number, 'raw', @seq, @prev, @hash) RETURNING "Id"
        """;

    private const string Movement = """
        INSERT INTO "StockMovements" ("BalanceAfter", "BalanceId", "BatchId", "DepotId", "DocumentId", "EquipmentUnitId", "ItemId", "Kind",
            "LocationId", "OccurredAt", "Quantity", "StationId", "UserName", "Sequence", "PreviousHash", "Hash")
        VALUES (@after, @balance, NULL, @depot, @document, NULL, @item, 'Issue', NULL, @at, -1, NULL, 'raw', @seq, @prev, @hash) RETURNING
            "Id"
        """;

    /// Postings per second, one poster, after as many warm-up postings.
    public double PerSecond(int postings, int warmUp)
    {
        using var poster = Open("one");
        for (var i = -warmUp; i < 0; i++)
            poster.Post($"w{i}");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < postings; i++)
            poster.Post($"t{i}");
        return postings / watch.Elapsed.TotalSeconds;
    }

    /// A connection of its own with the statements prepared on it; posters of different names may run at once.
    public Poster Open(string name) => new(this, name);

    public sealed class Poster : IDisposable
    {
        private readonly RawPosting _posting;
        private readonly string _name;
        private readonly DbConnection _connection;
        private readonly DbCommand[] _reads;
        private readonly Dictionary<string, DbCommand> _writes;
        private readonly RawChain _chain = new();

        internal Poster(RawPosting posting, string name)
        {
            (_posting, _name) = (posting, name);
            _connection = posting.Connect();
            _connection.Open();
            Execute(_connection, (posting.OnSqlite ? "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; " : "") +
                "INSERT INTO \"NumberSequences\" (\"Name\", \"Last\") VALUES ('RAW', 0) ON CONFLICT DO NOTHING;");
            _reads = Reads.Select(posting.Prepare(_connection)).ToArray();
            _writes = new[] { Counter, Take, Document, Job, Audit, Movement }.ToDictionary(sql => sql, posting.Prepare(_connection));
        }

        /// One posting: the reads, then the writes in one transaction.
        public void Post(string clientId)
        {
            var now = DataGenerator.Microseconds(DateTime.UtcNow);
            var at = _posting.OnSqlite ? (object)now.ToString("yyyy-MM-dd HH:mm:ss.fffffff") : now;
            object today = _posting.OnSqlite ? now.ToString("yyyy-MM-dd") : DateOnly.FromDateTime(now);
            var client = $"raw-{_name}-{clientId}";
            foreach (var read in _reads)
                Read(read, ("@client", client), ("@today", today));
            using var transaction = _connection.BeginTransaction();
            foreach (var write in _writes.Values)
                write.Transaction = transaction;
            var number = $"RAW-{Scalar(_writes[Counter]):000000}";
            var after = Scalar(_writes[Take]);
            var document = Scalar(_writes[Document], ("@client", client), ("@number", number), ("@at", at));
            Scalar(_writes[Job], ("@document", document), ("@number", number), ("@at", at));
            // The chain's one statement per save; the links are computed here, the heads move with the rows.
            _chain.Lock(_connection, transaction);
            var (auditSeq, auditPrev, auditHash) = _chain.Next(HashChain.Audit,
                RawChain.Audit(now, "raw", AuditActions.StockIssue, number, "BM InternalUse: BM-0001×1"));
            Scalar(_writes[Audit], ("@action", AuditActions.StockIssue), ("@number", number), ("@at", at), ("@seq", auditSeq),
                ("@prev", auditPrev), ("@hash", auditHash));
            var (seq, prev, hash) = _chain.Next(HashChain.Ledger,
                RawChain.Movement(number, _posting.BalanceId, _posting.DepotId, null, _posting.ItemId, null, "Issue", -1, (int)after,
                    "raw", now));
            Scalar(_writes[Movement], ("@after", (int)after), ("@document", (int)document), ("@at", at), ("@seq", seq), ("@prev", prev),
                ("@hash", hash));
            _chain.Move(_connection, transaction);
            transaction.Commit();
        }

        public void Dispose()
        {
            foreach (var command in _reads.Concat(_writes.Values))
                command.Dispose();
            _connection.Dispose();
        }
    }

    private Func<string, DbCommand> Prepare(DbConnection connection) => sql =>
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object)[] { ("@depot", depotId), ("@item", itemId), ("@balance", balanceId) })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
                RawChain.Set(command, name, value);
        }
        return command;
    };

    private static void Bind(DbCommand command, (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.CommandText.Contains(name, StringComparison.Ordinal))
                RawChain.Set(command, name, value);
        }
    }

    private static void Read(DbCommand command, params (string, object)[] values)
    {
        Bind(command, values);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }

    private static long Scalar(DbCommand command, params (string, object)[] values)
    {
        Bind(command, values);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
