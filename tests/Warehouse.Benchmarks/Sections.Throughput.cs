using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Benchmarks;

public static partial class Sections
{
    /// 2: postings per second through the domain and EF Core against a raw loop (one ledger row and one balance update per
    /// transaction) on the same database. On a named database (`--provider`) the section carries its provider's name.
    public static async Task LedgerThroughputAsync(Report report, string folder, int postings, BenchDatabase? database = null)
    {
        var section = database is null ? "2 ledger throughput" : $"2 ledger throughput, {database.Provider}";
        database ??= BenchDatabase.Sqlite(folder, "throughput");
        var onSqlite = database.ServerProcessId is null;
        var clock = new BureauClock(TimeProvider.System, BureauClock.FindZone(null));
        int depotId, itemId, balanceId, documentId;
        string documentNumber;
        await using (var db = NewContext(database))
        {
            await db.Database.MigrateAsync();
            if (onSqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            var depot = new Depot("BM", "基准库", DepotKind.CentralReserve, new GeoPoint(30, 120));
            var item = new Item("BM-0001", "基准物资", SupplyClass.FoodAndShelter, "件", TrackingMode.None);
            db.AddRange(depot, item);
            await db.SaveChangesAsync();
            (depotId, itemId) = (depot.Id, item.Id);
            var first = await new StockPostingService(db, new NumberSequences(db), clock)
                .PostAsync(new PostingRequest(DocumentKind.Receipt, depotId,
                StockReason.Purchase, "seed", [new PostingLine(itemId, 1_000_000)], new Actor("bench", null, null)));
            (documentId, documentNumber) = (first.Value!.Id, first.Value.Number);
            balanceId = await db.StockBalances.Select(b => b.Id).SingleAsync();
        }

        // The app's own registration (pooled contexts, interceptors), one scope per posting as per request.
        var services = new ServiceCollection().AddSingleton(clock)
            .AddWarehouseData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = database.Provider,
                ["ConnectionStrings:Warehouse"] = database.ConnectionString,
            }).Build(), folder)
            .BuildServiceProvider();
        await using var _ = services;
        async Task PostAsync(string clientId)
        {
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<StockPostingService>()
                .PostAsync(new PostingRequest(DocumentKind.Issue,
                depotId, StockReason.InternalUse, clientId, [new PostingLine(itemId, 1)], new Actor("bench", null, null)));
            if (!outcome.Succeeded)
                throw new InvalidOperationException(outcome.Error!.Message);
        }
        // Warmed up first, like the raw loop's few lines of code are after one pass: otherwise the figure is mostly
        // the JIT compiling EF Core's query pipeline.
        for (var i = 0; i < WarmUpPostings; i++)
            await PostAsync($"w{i}");
        report.Add(section, "load average (1 min) before", MachineLoad.Average(), "");
        var cpu = (Own: Environment.CpuUsage.TotalTime, Server: database.ServerProcessId is { } server
            ? MachineLoad.CpuMilliseconds(server) : 0);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < postings; i++)
            await PostAsync($"t{i}");
        var ours = postings / watch.Elapsed.TotalSeconds;
        report.Add(section, "CPU (user+sys) per posting through domain + EF Core, this process",
            (Environment.CpuUsage.TotalTime - cpu.Own).TotalMilliseconds / postings, "ms");
        if (database.ServerProcessId is { } after)
            report.Add(section, "CPU (user+sys) per posting through domain + EF Core, database server",
                (MachineLoad.CpuMilliseconds(after) - cpu.Server) / postings, "ms");

        // The same with several posters at once, as several stations would: their reads overlap the others' writes.
        const int posters = 4;
        var next = -1;
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, posters).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < postings)
                await PostAsync($"c{i}");
        })));
        var concurrent = postings / watch.Elapsed.TotalSeconds;

        var raw = RawLoop(database, postings, (documentId, documentNumber, depotId, itemId, balanceId));
        var statements = database.RawPosting(depotId, itemId, balanceId).PerSecond(postings, WarmUpPostings);
        report.Add(section, "postings/s through domain + EF Core (1 line, own transaction)", ours, "/s");
        report.Add(section, $"the same, {posters} posters at once", concurrent, "/s");
        report.Add(section, "raw insert + update per transaction (Microsoft.Data.Sqlite / Npgsql)", raw, "/s");
        report.Add(section, "ours ÷ raw", ours / raw * 100, "%", "≥ 50 %", ours / raw >= 0.5);
        report.Add(section, "a posting's own statements by hand (prepared, same transaction shape)", statements, "/s");
        report.Add(section, "those statements ÷ raw: what the schema costs without EF Core", statements / raw * 100, "%");
    }

    private static WarehouseDbContext NewContext(BenchDatabase database)
    {
        if (database.ServerProcessId is null)
        {
            var sqlite = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
            DataServiceCollectionExtensions.ConfigureSqlite(sqlite, database.ConnectionString);
            return new SqliteWarehouseDbContext(sqlite.Options);
        }
        var postgres = new DbContextOptionsBuilder<PostgresWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(postgres, database.ConnectionString);
        return new PostgresWarehouseDbContext(postgres.Options);
    }

    /// One ledger row inserted (linked into the chain) and one balance decremented per transaction, one poster, with the
    /// database's durable settings: what the database and its client do per posting with nothing on top.
    private static double RawLoop(BenchDatabase database, int postings,
        (int Document, string Number, int Depot, int Item, int Balance) posting)
    {
        var sqlite = database.ServerProcessId is null;
        using var connection = database.Connect();
        connection.Open();
        if (sqlite)
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=FULL;";
            pragma.ExecuteNonQuery();
        }
        var chain = new RawChain();
        var watch = new Stopwatch();
        for (var i = -WarmUpPostings; i < postings; i++)
        {
            if (i == 0)
                watch.Start();
            using var tx = connection.BeginTransaction();
            chain.Lock(connection, tx);
            var at = DataGenerator.Microseconds(DateTime.UtcNow);
            var (seq, prev, hash) = chain.Next(HashChain.Ledger,
                RawChain.Movement(posting.Number, posting.Balance, posting.Depot, null, posting.Item, null, "Issue", -1, 0, "raw", at));
            Execute(connection, tx, """
                INSERT INTO "StockMovements" ("DocumentId", "BalanceId", "DepotId", "ItemId", "Kind", "Quantity", "BalanceAfter",
                    "UserName", "OccurredAt", "Sequence", "PreviousHash", "Hash")
                VALUES (@d, @b, @depot, @item, 'Issue', -1, 0, 'raw', @at, @seq, @prev, @hash)
                """, ("@seq", seq), ("@prev", prev), ("@hash", hash), ("@d", posting.Document), ("@b", posting.Balance),
                ("@depot", posting.Depot), ("@item", posting.Item),
                ("@at", sqlite ? at.ToString("yyyy-MM-dd HH:mm:ss.fffffff") : at));
            Execute(connection, tx, """
                UPDATE "StockBalances" SET "OnHand" = "OnHand" - 1 WHERE "Id" = @b AND "OnHand" - "Reserved" >= 1
                """, ("@b", posting.Balance));
            chain.Move(connection, tx);
            tx.Commit();
        }
        return postings / watch.Elapsed.TotalSeconds;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql, params (string, object)[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in values)
            RawChain.Set(command, name, value);
        command.ExecuteNonQuery();
    }
}
