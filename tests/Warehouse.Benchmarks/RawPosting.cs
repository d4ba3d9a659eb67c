using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Warehouse.Domain.Auditing;

namespace Warehouse.Benchmarks;

/// A one-line issue's own statements, as EF Core sends them for StockPostingService, written by hand in raw
/// Microsoft.Data.Sqlite: prepared once, one transaction per posting. It says what the schema itself costs (four
/// rows and two updates with their indexes, and the reads that decide them) apart from what EF Core adds on top.
public sealed class RawPosting(string connectionString, int depotId, int itemId, int balanceId)
{
    private static readonly string[] Reads =
    [
        "SELECT \"Id\" FROM \"StockDocuments\" WHERE \"ClientId\" = $client LIMIT 2",
        "SELECT \"Id\", \"Code\", \"Name\" FROM \"Depots\" WHERE \"Id\" = $depot LIMIT 2",
        "SELECT * FROM \"Items\" WHERE \"Id\" = $item LIMIT 2",
        """
        SELECT "s".*, "s"."OnHand" - "s"."Reserved", "l"."Code", "b"."Number", "b"."Lot", "b"."Expiry", "e"."AssetNumber",
            "e"."SerialNumber"
        FROM "StockBalances" AS "s"
        LEFT JOIN "Batches" AS "b" ON "s"."BatchId" = "b"."Id"
        LEFT JOIN "Locations" AS "l" ON "s"."LocationId" = "l"."Id"
        LEFT JOIN "EquipmentUnits" AS "e" ON "s"."EquipmentUnitId" = "e"."Id"
        WHERE "s"."DepotId" = $depot AND "s"."ItemId" = $item AND "s"."OnHand" - "s"."Reserved" > 0 AND
            ("b"."Id" IS NULL OR "b"."Expiry" >= $today)
        ORDER BY CASE WHEN "b"."Id" IS NULL THEN '9999-12-31' ELSE "b"."Expiry" END, "s"."Id"
        """,
        "SELECT \"Id\" FROM \"Printers\" WHERE \"DepotId\" = $depot ORDER BY \"Id\" LIMIT 1",
    ];

    private const string Counter = "UPDATE \"NumberSequences\" SET \"Last\" = \"Last\" + 1 WHERE \"Name\" = 'RAW' RETURNING \"Last\"";

    private const string Take = """
        UPDATE "StockBalances" SET "OnHand" = "OnHand" - 1, "Version" = "Version" + 1
        WHERE "Id" = $balance AND "OnHand" - "Reserved" - 1 >= 0 RETURNING "OnHand"
        """;

    private const string Document = """
        INSERT INTO "StockDocuments" ("ClientId", "DepotId", "Kind", "Note", "Number", "PostedAt", "Reason", "StationId", "UserName")
        VALUES ($client, $depot, 'Issue', NULL, $number, $at, 'InternalUse', NULL, 'raw') RETURNING "Id"
        """;

    private const string Job = """
        INSERT INTO "PrintJobs" ("Attempts", "Content", "CreatedAt", "CreatedBy", "DepotId", "DocumentId", "Kind", "LastError",
            "LeaseExpiresAt", "LeaseOwner", "NextAttemptAt", "PrintedAt", "PrinterId", "State", "Title")
        VALUES (0, NULL, $at, 'raw', $depot, $document, 'IssueNote', NULL, NULL, NULL, $at, NULL, NULL, 'Pending', $number) RETURNING "Id"
        """;

    private const string Audit = """
        INSERT INTO "AuditEntries" ("Action", "At", "Detail", "Origin", "Subject", "UserName", "Sequence", "PreviousHash", "Hash")
        VALUES ($action, $at, 'BM InternalUse: BM-0001×1', NULL, $number, 'raw', $seq, $prev, $hash) RETURNING "Id"
        """;

    private const string Movement = """
        INSERT INTO "StockMovements" ("BalanceAfter", "BalanceId", "BatchId", "DepotId", "DocumentId", "EquipmentUnitId", "ItemId", "Kind",
            "LocationId", "OccurredAt", "Quantity", "StationId", "UserName", "Sequence", "PreviousHash", "Hash")
        VALUES ($after, $balance, NULL, $depot, $document, NULL, $item, 'Issue', NULL, $at, -1, NULL, 'raw', $seq, $prev, $hash) RETURNING
            "Id"
        """;

    /// Postings per second, after as many warm-up postings.
    public double PerSecond(int postings, int warmUp)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; INSERT OR IGNORE INTO \"NumberSequences\" (\"Name\", " +
            "\"Last\") VALUES ('RAW', 0);");
        var reads = Reads.Select(sql => Prepare(connection, sql)).ToArray();
        var writes = new[] { Counter, Take, Document, Job, Audit, Movement }.ToDictionary(sql => sql, sql => Prepare(connection, sql));
        var watch = new Stopwatch();
        var chain = new RawChain();
        for (var i = -warmUp; i < postings; i++)
        {
            if (i == 0)
                watch.Start();
            var at = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffff");
            var client = $"raw-{i}";
            foreach (var read in reads)
                Read(read, ("$client", client), ("$today", DateTime.UtcNow.ToString("yyyy-MM-dd")));
            using var transaction = connection.BeginTransaction();
            foreach (var write in writes.Values)
                write.Transaction = transaction;
            var number = $"RAW-{Scalar(writes[Counter]):000000}";
            var after = Scalar(writes[Take]);
            var document = Scalar(writes[Document], ("$client", client), ("$number", number), ("$at", at));
            Scalar(writes[Job], ("$document", document), ("$number", number), ("$at", at));
            // The chain's one statement per save; the links are computed here, the heads move with the rows.
            chain.Lock(connection, transaction);
            var (auditSeq, auditPrev, auditHash) = chain.Next(HashChain.Audit,
                RawChain.Audit(RawChain.Utc(at), "raw", AuditActions.StockIssue, number, "BM InternalUse: BM-0001×1"));
            Scalar(writes[Audit], ("$action", AuditActions.StockIssue), ("$number", number), ("$at", at), ("$seq", auditSeq),
                ("$prev", auditPrev), ("$hash", auditHash));
            var (seq, prev, hash) = chain.Next(HashChain.Ledger,
                RawChain.Movement(number, balanceId, depotId, null, itemId, null, "Issue", -1, (int)after, "raw", RawChain.Utc(at)));
            Scalar(writes[Movement], ("$after", after), ("$document", document), ("$at", at), ("$seq", seq), ("$prev", prev),
                ("$hash", hash));
            chain.Move(connection, transaction);
            transaction.Commit();
        }
        return postings / watch.Elapsed.TotalSeconds;
    }

    private SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in new (string, object)[] { ("$depot", depotId), ("$item", itemId), ("$balance", balanceId) })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
                command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    private static void Bind(SqliteCommand command, (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (!command.CommandText.Contains(name, StringComparison.Ordinal))
                continue;
            if (command.Parameters.Contains(name))
                command.Parameters[name].Value = value;
            else
                command.Parameters.AddWithValue(name, value);
        }
    }

    private static void Read(SqliteCommand command, params (string, object)[] values)
    {
        Bind(command, values);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
        }
    }

    private static long Scalar(SqliteCommand command, params (string, object)[] values)
    {
        Bind(command, values);
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
