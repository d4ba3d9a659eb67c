using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Auditing;

namespace Warehouse.Benchmarks;

/// Loads a realistic large dataset into a fresh database through the real migrations: items, depots, bins,
/// quotas, batches, balances and a ledger whose every balance equals the sum of its movements.
/// Rows go in with raw prepared statements in large transactions; that is what makes 5 M rows take minutes, not hours.
/// With <c>append</c> the rows go on top of what the database already holds (the demo seed), numbered after it.
public sealed class DataGenerator(string databasePath, int items, int depots, long movements, TextWriter log, bool append = false)
{
    private const int LinesPerDocument = 10;

    public async Task RunAsync()
    {
        var watch = Stopwatch.StartNew();
        if (!append)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(databasePath + suffix);
        }
        var connectionString = DataServiceCollectionExtensions.SqliteConnectionString($"Data Source={databasePath}",
            Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, connectionString);
        await using (var db = new SqliteWarehouseDbContext(options.Options))
            await db.Database.MigrateAsync();

        // Unpooled: this connection turns synchronous and foreign keys off, and the app sets them once per pooled handle.
        var unpooled = new SqliteConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new SqliteConnection(unpooled.ToString());
        await connection.OpenAsync();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;");
        var random = new Random(20261124);
        long Last(string table) => Scalar(connection, $"SELECT COALESCE(MAX(Id), 0) FROM {table}");
        var (depotBase, locationBase, itemBase) = (Last("Depots"), Last("Locations"), Last("Items"));
        var (batchBase, balanceBase, documentBase) = (Last("Batches"), Last("StockBalances"), Last("StockDocuments"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var classes = new[] { "ProtectiveGear", "LifeRescue", "LifeSupport", "RescueVehicles", "FoodAndShelter", "Decontamination",
            "PowerAndFuel", "EngineeringEquipment", "ToolsAndInstruments", "Lighting", "Communications", "Transport",
            "EngineeringMaterials" };

        using (var tx = connection.BeginTransaction())
        {
            Execute(connection, "INSERT INTO Departments (Code, Name) VALUES ('GEN', '生成部门');", tx);
            var department = Scalar(connection, "SELECT Id FROM Departments WHERE Code = 'GEN'", tx);
            var depot = Prepare(connection, tx,
                "INSERT INTO Depots (Id, Code, Name, Kind, Address, Latitude, Longitude) VALUES ($id, $code, $name, $kind, NULL, $lat, " +
                "$lon)", "$id", "$code", "$name", "$kind", "$lat", "$lon");
            var location = Prepare(connection, tx,
                "INSERT INTO Locations (Id, DepotId, Bin, Code, Name, Active) VALUES ($id, $depot, 'A-01-01', $code, NULL, 1)", "$id",
                "$depot", "$code");
            for (var d = 1; d <= depots; d++)
            {
                Run(depot, depotBase + d, $"G{d:000}", $"生成储备库 {d}", d == 1 && !append ? "CentralReserve" : d <= 6 ? "SubCenter" : "StoragePoint",
                    30 + random.NextDouble(), 120 + random.NextDouble());
                Run(location, locationBase + d, depotBase + d, $"G{d:000}-A-01-01");
            }
            var item = Prepare(connection, tx,
                "INSERT INTO Items (Id, Code, Name, Specification, Class, Unit, Gtin, Tracking, ShelfLifeDays, MaintenanceIntervalDays, " +
                "Returnable, UnitPrice, DepartmentId, Active) VALUES ($id, $code, $name, NULL, $class, '件', NULL, $tracking, NULL, " +
                "NULL, 0, '10.00', $department, 1)", "$id", "$code", "$name", "$class", "$tracking", "$department");
            var batch = Prepare(connection, tx,
                "INSERT INTO Batches (Id, Number, ItemId, Lot, Expiry, Supplier) VALUES ($id, $number, $item, $lot, $expiry, NULL)", "$id",
                "$number", "$item", "$lot", "$expiry");
            for (var i = 1; i <= items; i++)
            {
                var batched = i % 5 == 0;
                Run(item, itemBase + i, $"GEN-{i:000000}", $"生成物资 {i}", classes[i % classes.Length], batched ? "Batch" : "None",
                    department);
                if (batched)
                    Run(batch, batchBase + i, $"BG{i:000000}", itemBase + i, $"LOT{i}", today.AddDays(random.Next(-10, 700)).ToString("yyyy-MM-dd"));
            }
            tx.Commit();
        }
        log.WriteLine($"  catalog: {depots} depots, {items} items ({watch.Elapsed.TotalSeconds:0.0} s)");

        // Each depot stocks a fifth of the items and has a quota for a tenth of them.
        var balances = new List<(long Id, long Depot, long Location, long Item, long? Batch)>();
        using (var tx = connection.BeginTransaction())
        {
            var balance = Prepare(connection, tx,
                "INSERT INTO StockBalances (Id, Key, DepotId, LocationId, ItemId, BatchId, EquipmentUnitId, Mode, OnHand, Reserved, " +
                "Version) VALUES ($id, $key, $depot, $location, $item, $batch, NULL, 'Government', 0, 0, 0)", "$id", "$key", "$depot",
                    "$location", "$item", "$batch");
            var quota = Prepare(connection, tx,
                "INSERT INTO Quotas (DepotId, ItemId, Minimum, Target, ReserveFloor, Version) VALUES ($depot, $item, $min, $target, 0, 0)", "$depot", "$item", "$min",
                "$target");
            for (var d = 1; d <= depots; d++)
            {
                for (var i = 1 + d % 5; i <= items; i += 5)
                {
                    long? batchId = i % 5 == 0 ? batchBase + i : null;
                    var (id, depotId, locationId, itemId) = (balanceBase + balances.Count + 1, depotBase + d, locationBase + d, itemBase + i);
                    Run(balance, id, $"{depotId}/{locationId}/{itemId}/{batchId ?? 0}/0/0", depotId, locationId, itemId,
                        (object?)batchId ?? DBNull.Value);
                    balances.Add((id, depotId, locationId, itemId, batchId));
                }
                for (var i = 1 + d % 10; i <= items; i += 10)
                    Run(quota, depotBase + d, itemBase + i, 50, 200);
            }
            tx.Commit();
        }
        log.WriteLine($"  {balances.Count} balances ({watch.Elapsed.TotalSeconds:0.0} s)");

        var onHand = new int[balances.Count + 1];
        Documents = (documentBase + 1, documentBase + (movements + LinesPerDocument - 1) / LinesPerDocument);
        Depots = (depotBase + 1, depotBase + depots);
        Items = (itemBase + 1, itemBase + items);
        var document = Prepare(connection, null,
            "INSERT INTO StockDocuments (Id, Number, Kind, Reason, DepotId, ClientId, UserName, StationId, PostedAt, Note) VALUES ($id, " +
            "$number, $kind, $reason, $depot, $client, 'generator', NULL, $at, NULL)", "$id", "$number", "$kind", "$reason", "$depot",
                "$client", "$at");
        var movement = Prepare(connection, null,
            "INSERT INTO StockMovements (DocumentId, BalanceId, DepotId, LocationId, ItemId, BatchId, EquipmentUnitId, Kind, Quantity, " +
            "BalanceAfter, UserName, StationId, OccurredAt, Sequence, PreviousHash, Hash) VALUES ($doc, $balance, $depot, $location, " +
            "$item, $batch, NULL, $kind, $qty, $after, 'generator', NULL, $at, $seq, $prev, $hash)", "$doc", "$balance", "$depot",
                "$location", "$item", "$batch", "$kind", "$qty", "$after", "$at", "$seq", "$prev", "$hash");
        var chain = new RawChain();
        var start = DateTime.UtcNow.AddDays(-365);
        var documents = (movements + LinesPerDocument - 1) / LinesPerDocument;
        SqliteTransaction? batchTx = null;
        long written = 0;
        for (long doc = 1; doc <= documents; doc++)
        {
            if (batchTx is null)
            {
                batchTx = connection.BeginTransaction();
                document.Transaction = batchTx;
                movement.Transaction = batchTx;
                chain.Lock(connection, batchTx);
            }
            var depotId = depotBase + 1 + doc % depots;
            var receipt = doc <= documents / 3 || random.Next(3) == 0;
            var at = Microseconds(start.AddSeconds(doc * (365.0 * 86400 / documents))).ToString("yyyy-MM-dd HH:mm:ss.fffffff");
            var number = $"{(receipt ? "RK" : "CK")}G-{doc:00000000}";
            Run(document, documentBase + doc, number, receipt ? "Receipt" : "Issue", receipt ? "Purchase" : "InternalUse", depotId, $"gen-{doc}", at);
            for (var line = 0; line < LinesPerDocument && written < movements; line++, written++)
            {
                var index = random.Next(balances.Count);
                var (id, depot, locationId, itemId, batchId) = balances[index];
                var quantity = receipt ? random.Next(1, 100) : -Math.Min(onHand[index + 1], random.Next(1, 60));
                if (quantity == 0)
                    quantity = random.Next(1, 100);
                onHand[index + 1] += quantity;
                var kind = quantity > 0 ? "Receipt" : "Issue";
                var (seq, prev, hash) = chain.Next(HashChain.Ledger,
                    RawChain.Movement(number, id, depot, locationId, itemId, batchId, kind, quantity, onHand[index + 1], "generator",
                        RawChain.Utc(at)));
                Run(movement, documentBase + doc, id, depot, locationId, itemId, (object?)batchId ?? DBNull.Value, kind, quantity,
                    onHand[index + 1], at, seq, prev, hash);
            }
            if (doc % 20_000 == 0 || doc == documents)
            {
                chain.Move(connection, batchTx);
                batchTx.Commit();
                batchTx.Dispose();
                batchTx = null;
                if (doc % 100_000 == 0)
                    log.WriteLine($"  {written:N0} movements ({watch.Elapsed.TotalSeconds:0.0} s)");
            }
        }
        using (var tx = connection.BeginTransaction())
        {
            var update = Prepare(connection, tx, "UPDATE StockBalances SET OnHand = $on WHERE Id = $id", "$on", "$id");
            for (var id = 1; id < onHand.Length; id++)
            {
                if (onHand[id] != 0)
                    Run(update, onHand[id], balanceBase + id);
            }
            tx.Commit();
        }
        if (History is var (requests, printJobs, auditRows) && requests + printJobs + auditRows > 0)
            new HistoryGenerator(connection, this, log).Run(requests, printJobs, auditRows);
        Execute(connection, "PRAGMA foreign_keys=ON; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        log.WriteLine($"  done: {written:N0} movements in {documents:N0} documents ({watch.Elapsed.TotalSeconds:0.0} s)");
    }

    /// How many allocation requests, print jobs and audit rows to write on top of the ledger (none unless given).
    public (long Requests, long PrintJobs, long AuditRows) History { get; init; }

    /// The generated documents', depots' and items' ids, first and last, for the history written on top of them.
    public (long First, long Last) Documents { get; private set; }
    public (long First, long Last) Depots { get; private set; }
    public (long First, long Last) Items { get; private set; }

    /// A time cut to the microsecond, as the app's chain interceptor stores a chained time: PostgreSQL keeps no finer, and
    /// the same rows copied there must hash the same.
    internal static DateTime Microseconds(DateTime at) => new(at.Ticks / 10 * 10, at.Kind);

    internal static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
