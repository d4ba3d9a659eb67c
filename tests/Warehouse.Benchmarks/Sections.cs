using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data;
using Warehouse.Data.Identity;
using Warehouse.Data.Reporting;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Hardware.Barcodes;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Features.Stock;
using Warehouse.Web.Infrastructure;
using Warehouse.Domain.Constants;

namespace Warehouse.Benchmarks;

public static partial class Sections
{
    private const string LatencyItem = "FH-0001";
    private const int WarmUpPostings = 300;

    // Migrating and seeding a server database on a busy shared machine has taken over a minute.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// 1 and 5: scan posting latency against the bare endpoint, start-up and memory. On a named database (`--provider`)
    /// the sections carry its provider's name, and the posting's own statements by hand are timed beside them.
    public static async Task LatencyAsync(Report report, string folder, int requestsPerLevel, BenchDatabase? database = null)
    {
        var labelled = database is not null;
        database ??= BenchDatabase.Sqlite(folder, "latency");
        string Of(string section) => labelled ? $"{section}, {database.Provider}" : section;
        var goal = database.Provider == BenchDatabase.PostgresName ? 30 : 20;
        await using var server = await ServerProcess.StartAsync(database.Path, settings: database.Settings, patience: Patience);
        report.Add(Of("5 start-up"), "cold start to healthy /health (fresh database, migrate + seed)", server.Startup.TotalMilliseconds,
            "ms", "< 3000 ms", server.Startup.TotalMilliseconds < 3000);
        await using var restarted = await RestartedAsync(server, database);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(restarted.BaseUrl),
        };
        http.DefaultRequestHeaders.Add("X-Station-Key", ServerProcess.StationKey);
        var stock = await http.PostAsJsonAsync("/api/receipts", new { reason = "Purchase", clientId = "bench-stock",
            lines = new[] { new { code = LatencyItem, quantity = 1_000_000 } } });
        if (stock.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Could not stock the benchmark item: {await stock.Content.ReadAsStringAsync()}");

        await MeasureAsync(http, 4, 200, _ => Post(http, "/ping"), _ => true);
        await MeasureAsync(http, 4, 200, i => Issue(http, $"warm-{i}"), _ => true);
        var counter = 0;
        foreach (var clients in new[] { 1, 8, 32 })
        {
            var section = Of($"1 scan posting, {clients} client{(clients > 1 ? "s" : "")}");
            if (labelled)
                report.Add(section, "load average (1 min) before", MachineLoad.Average(), "");
            var bare = await MeasureAsync(http, clients, requestsPerLevel, _ => Post(http, "/ping"), r => r.IsSuccessStatusCode);
            var cpu = CpuNow(restarted, database);
            var posting = await MeasureAsync(http, clients, requestsPerLevel,
                _ => Issue(http, $"bench-{Interlocked.Increment(ref counter)}"),
                r => r.StatusCode == HttpStatusCode.Created);
            var used = CpuNow(restarted, database);
            report.Add(section, "POST /api/issues p50", posting.P50, "ms");
            report.Add(section, "POST /api/issues p95", posting.P95, "ms");
            report.Add(section, "POST /api/issues p99", posting.P99, "ms", clients == 8 ? $"≤ {goal} ms" : "",
                clients == 8 ? posting.P99 <= goal : null);
            report.Add(section, "POST /api/issues max", posting.Max, "ms");
            report.Add(section, "POST /api/issues throughput", posting.PerSecond, "req/s");
            report.Add(section, "bare POST /ping p99", bare.P99, "ms");
            report.Add(section, "bare POST /ping throughput", bare.PerSecond, "req/s");
            var ratio = posting.P99 / Math.Max(bare.P99, 0.001);
            report.Add(section, "posting p99 ÷ bare p99", ratio, "×", clients == 8 ? "≤ 3×" : "", clients == 8 ? ratio <= 3 : null);
            if (labelled)
                ReportCpu(report, section, used.App - cpu.App, used.Server - cpu.Server, requestsPerLevel);
            if (posting.Failures > 0)
                report.Add(section, "failed postings", posting.Failures, "req", "0", false);
            if (labelled)
                await RawBaselineAsync(report, section, database, clients, requestsPerLevel);
        }
        var rss = restarted.ResidentMegabytes();
        report.Add(Of("5 memory"), "resident memory after the latency run", rss, "MB", "< 250 MB", rss < 250);
    }

    /// The latency run uses a server started on the already-seeded file, so that seeding is not in its memory figure.
    private static async Task<ServerProcess> RestartedAsync(ServerProcess first, BenchDatabase database)
    {
        await first.DisposeAsync();
        return await ServerProcess.StartAsync(database.Path, settings: database.Settings, patience: Patience);
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string path) => http.PostAsync(path, null);

    private static Task<HttpResponseMessage> Issue(HttpClient http, string clientId) =>
        http.PostAsJsonAsync("/api/issues", new { reason = "InternalUse", clientId,
            lines = new[] { new { code = LatencyItem, quantity = 1 } } });

    private sealed record Timing(double P50, double P95, double P99, double Max, double PerSecond, int Failures);

    private static async Task<Timing> MeasureAsync(HttpClient http, int clients, int requests, Func<int, Task<HttpResponseMessage>> send,
        Func<HttpResponseMessage, bool> ok)
    {
        var latencies = new double[requests];
        var failures = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await send(i);
                await response.Content.LoadIntoBufferAsync();
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!ok(response))
                    Interlocked.Increment(ref failures);
            }
        })));
        wall.Stop();
        Array.Sort(latencies);
        return new Timing(Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95), Percentiles.Of(latencies, 99), latencies[^1],
            requests / wall.Elapsed.TotalSeconds, failures);
    }

    /// 2: postings per second through the domain and EF Core against a raw Microsoft.Data.Sqlite loop.
    public static async Task LedgerThroughputAsync(Report report, string folder, int postings)
    {
        var path = Path.Combine(folder, "throughput.db");
        var connectionString = DataServiceCollectionExtensions.SqliteConnectionString($"Data Source={path}", folder);
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, connectionString);
        var clock = new BureauClock(TimeProvider.System, BureauClock.FindZone(null));
        int depotId, itemId, balanceId, documentId;
        string documentNumber;
        await using (var db = new SqliteWarehouseDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
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
                ["ConnectionStrings:Warehouse"] = connectionString,
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
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < postings; i++)
            await PostAsync($"t{i}");
        var ours = postings / watch.Elapsed.TotalSeconds;

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

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=FULL;";
                pragma.ExecuteNonQuery();
            }
            var chain = new RawChain();
            for (var i = -WarmUpPostings; i < postings; i++)
            {
                if (i == 0)
                    watch.Restart();
                using var tx = connection.BeginTransaction();
                chain.Lock(connection, tx);
                var at = DateTime.UtcNow;
                var (seq, prev, hash) = chain.Next(HashChain.Ledger,
                    RawChain.Movement(documentNumber, balanceId, depotId, null, itemId, null, "Issue", -1, 0, "raw", at));
                using var insert = connection.CreateCommand();
                insert.Transaction = tx;
                insert.CommandText =
                    "INSERT INTO StockMovements (DocumentId, BalanceId, DepotId, ItemId, Kind, Quantity, BalanceAfter, UserName, " +
                    "OccurredAt, Sequence, PreviousHash, Hash) VALUES ($d, $b, $depot, $item, 'Issue', -1, 0, 'raw', $at, $seq, $prev, " +
                    "$hash)";
                insert.Parameters.AddWithValue("$seq", seq);
                insert.Parameters.AddWithValue("$prev", prev);
                insert.Parameters.AddWithValue("$hash", hash);
                insert.Parameters.AddWithValue("$d", documentId);
                insert.Parameters.AddWithValue("$b", balanceId);
                insert.Parameters.AddWithValue("$depot", depotId);
                insert.Parameters.AddWithValue("$item", itemId);
                insert.Parameters.AddWithValue("$at", at.ToString("yyyy-MM-dd HH:mm:ss.fffffff"));
                insert.ExecuteNonQuery();
                using var update = connection.CreateCommand();
                update.Transaction = tx;
                update.CommandText = "UPDATE StockBalances SET OnHand = OnHand - 1 WHERE Id = $b AND OnHand - Reserved >= 1";
                update.Parameters.AddWithValue("$b", balanceId);
                update.ExecuteNonQuery();
                chain.Move(connection, tx);
                tx.Commit();
            }
        }
        var raw = postings / watch.Elapsed.TotalSeconds;
        var statements = RawPosting.Sqlite(connectionString, depotId, itemId, balanceId).PerSecond(postings, WarmUpPostings);
        report.Add("2 ledger throughput", "postings/s through domain + EF Core (1 line, own transaction)", ours, "/s");
        report.Add("2 ledger throughput", $"the same, {posters} posters at once", concurrent, "/s");
        report.Add("2 ledger throughput", "raw Microsoft.Data.Sqlite insert + update per transaction", raw, "/s");
        report.Add("2 ledger throughput", "ours ÷ raw", ours / raw * 100, "%", "≥ 50 %", ours / raw >= 0.5);
        report.Add("2 ledger throughput", "a posting's own statements in raw Microsoft.Data.Sqlite (prepared, same transaction shape)",
            statements, "/s");
        report.Add("2 ledger throughput", "those statements ÷ raw: what the schema costs without EF Core", statements / raw * 100, "%");
    }

    /// 3: the stock reports over generated data of growing ledger size.
    /// With <paramref name="keep"/> the generated files stay in that folder and a later run times them again without
    /// generating: generate while the machine is busy, time when it is quiet (the month totals are then already built).
    public static async Task ReportScaleAsync(Report report, string folder, int items, int depots, IReadOnlyList<long> sizes,
        string? keep = null)
    {
        foreach (var size in sizes)
        {
            var path = Path.Combine(keep ?? folder, $"scale-{size}.db");
            if (keep is null || !File.Exists(path))
            {
                Console.WriteLine($"  generating {size:N0} ledger rows…");
                await new DataGenerator(path, items, depots, size, Console.Out).RunAsync();
            }
            var connectionString = DataServiceCollectionExtensions.SqliteConnectionString($"Data Source={path}", folder);
            var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
            DataServiceCollectionExtensions.ConfigureSqlite(options, connectionString);
            // WAREHOUSE_BENCH_SQL=1 prints every statement the reports send with its time, to see where a figure goes.
            if (Environment.GetEnvironmentVariable("WAREHOUSE_BENCH_SQL") == "1")
                options.LogTo(Console.Error.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
            await using var db = new SqliteWarehouseDbContext(options.Options);
            // A database kept from an earlier build may lack the later migrations: applied the app's own way, which measures
            // the indexes they add where the file has planner statistics.
            await Warehouse.Data.Infrastructure.DatabaseMigrations.ApplyPendingAsync(db,
                Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
            var bureau = new BureauClock(TimeProvider.System, BureauClock.FindZone(null));
            var queries = new StockQueries(db, AdministratorView(), bureau, new ConfigurationBuilder().Build(),
                new Warehouse.Data.Suppliers.AgreementReserves(db, bureau));
            var label = $"{size / 1000:N0} k rows";
            var onHand = await TimeAsync(() => queries.SummaryAsync(new StockFilter(), default));
            var belowQuota = await TimeAsync(() => queries.SummaryAsync(new StockFilter { BelowQuota = true }, default));
            var expiry = await TimeAsync(() => queries.BalancesAsync(new StockFilter { NearExpiry = true }, default));
            var ledger = await TimeAsync(() => queries.LedgerAsync(new LedgerFilter(), default));
            var clock = new BureauClock(TimeProvider.System, BureauClock.FindZone(null));
            var totalsOptions = Microsoft.Extensions.Options.Options.Create(new Warehouse.Web.Features.Reports.LedgerTotalsOptions());
            var summary = new Warehouse.Web.Features.Reports.ReserveSummary.ReserveSummaryQueries(db, new LedgerTotalsRefresh(db, clock),
                new LedgerFlows(db, clock), new Warehouse.Web.Features.Reports.ReserveSummary.QuotaCoverageQuery(db),
                new Warehouse.Web.Features.Allocation.AllocationQueries(db, AdministratorView(), clock, new ConfigurationBuilder().Build()),
                clock, AdministratorView(), new Warehouse.Web.Features.Reports.LedgerTotalsKeeper(
                    new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), totalsOptions,
                    Microsoft.Extensions.Logging.Abstractions.NullLogger<Warehouse.Web.Features.Reports.LedgerTotalsKeeper>.Instance),
                totalsOptions);
            var firstBuild = Stopwatch.StartNew();
            await new LedgerTotalsRefresh(db, clock).RunAsync(default);
            firstBuild.Stop();
            report.Add("3 reports", $"month totals, first build from the whole ledger, {label}", firstBuild.Elapsed.TotalMilliseconds, "ms");
            var reserve = await TimeAsync(() => summary.BuildAsync(ReportPeriod.Preset("Year", clock.Today), default));
            var reserveCpu = LastCpu;
            var atMillion = size == 1_000_000;
            report.Add("3 reports", $"stock on hand, first page + total, {label}", onHand, "ms", atMillion ? "< 300 ms" : "",
                atMillion ? onHand < 300 : null);
            report.Add("3 reports", $"below quota, {label}", belowQuota, "ms", atMillion ? "< 300 ms" : "",
                atMillion ? belowQuota < 300 : null);
            report.Add("3 reports", $"near expiry, {label}", expiry, "ms", atMillion ? "< 300 ms" : "", atMillion ? expiry < 300 : null);
            report.Add("3 reports", $"ledger, first page + total, {label}", ledger, "ms");
            var cutting = new ReportPeriod(clock.Today.AddDays(-200), clock.Today.AddDays(-20));
            await ReserveSummaryPartsAsync(report, db, clock, ReportPeriod.Preset("Year", clock.Today), $"year, {label}");
            await ReserveSummaryPartsAsync(report, db, clock, cutting, $"180 days cutting two months, {label}");
            var custom = await TimeAsync(() => summary.BuildAsync(cutting, default));
            report.Add("3 reports", $"reserve summary, 180 days cutting two months, {label}", custom, "ms", size >= 5_000_000 ? "< 2000 ms" : "",
                size >= 5_000_000 ? custom < 2000 : null);
            report.Add("3 reports", $"reserve summary, 180 days cutting two months, {label}: CPU", LastCpu, "ms");
            var firstHalf = await TimeAsync(() => summary.BuildAsync(ReportPeriod.Preset("FirstHalf", clock.Today), default));
            report.Add("3 reports", $"reserve summary, first half-year, {label}", firstHalf, "ms", size >= 5_000_000 ? "< 2000 ms" : "",
                size >= 5_000_000 ? firstHalf < 2000 : null);
            report.Add("3 reports", $"reserve summary, first half-year, {label}: CPU", LastCpu, "ms");
            Console.WriteLine($"  {label}: first build {firstBuild.Elapsed.TotalMilliseconds:0} ms, year {reserve:0.0} ms, custom {custom:0.0} ms");
            report.Add("3 reports", $"reserve summary, year, {label}", reserve, "ms", size >= 5_000_000 ? "< 2000 ms" : "",
                size >= 5_000_000 ? reserve < 2000 : null);
            report.Add("3 reports", $"reserve summary, year, {label}: CPU", reserveCpu, "ms");
            SqliteConnection.ClearAllPools();
            if (keep is not null)
                continue;
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(path + suffix);
        }
    }

    /// Where the reserve summary's time goes: each of its reads alone, for the year.
    private static async Task ReserveSummaryPartsAsync(Report report, SqliteWarehouseDbContext db, BureauClock clock, ReportPeriod year,
        string label)
    {
        var flows = new LedgerFlows(db, clock);
        var allocations = new Warehouse.Web.Features.Allocation.AllocationQueries(db, AdministratorView(), clock,
            new ConfigurationBuilder().Build());
        var end = LedgerRows.StartOf(year.To.AddDays(1), clock.Zone);
        var parts = new (string Name, Func<Task<object>> Run)[]
        {
            ("month totals brought up to date", async () => await new LedgerTotalsRefresh(db, clock).RunAsync(default)),
            ("opening and flows from the totals", async () => await flows.OfAsync(year.From, year.To, default)),
            ("quota coverage at the end", async () => await new Warehouse.Web.Features.Reports.ReserveSummary.QuotaCoverageQuery(db)
                .AtAsync(end, default)),
            ("dispatch times", async () => await allocations.DeliveryTimesAsync(year.From, year.To, default)),
        };
        foreach (var (name, run) in parts)
        {
            report.Add("3 reports", $"reserve summary, {label}: {name}", await TimeAsync(run), "ms");
            report.Add("3 reports", $"reserve summary, {label}: {name}, CPU", LastCpu, "ms");
        }
    }

    private static CurrentUser AdministratorView()
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "bench"), new Claim(ClaimTypes.Role, Roles.Administrator)], "bench");
        return new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) } });
    }

    /// The median CPU time (all of this process's threads, SQLite's work included) of the last <see cref="TimeAsync{T}"/>:
    /// on a busy machine it moves less than the elapsed time, which includes waiting for a core.
    private static double LastCpu { get; set; }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> run)
    {
        await run();
        var (times, cpu) = (new List<double>(), new List<double>());
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 5; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        times.Sort();
        cpu.Sort();
        LastCpu = cpu[cpu.Count / 2];
        return times[times.Count / 2];
    }

    /// 4: a 40-line Chinese dispatch slip with a QR code to ESC/POS bytes; Code 128 and QR labels to PNG and SVG.
    public static void Encoding(Report report)
    {
        byte[] Slip()
        {
            var slip = new EscPosBuilder(PaperWidth.Mm80)
                .Align(TextAlign.Center).Bold().Size(2, 2).Line("应急物资调拨单").Size().Bold(false)
                .Line("DP20261124-0007", TextAlign.Center).Rule()
                .TwoColumns("调出：江澜市应急物资储备中心库", "调入：临江分中心")
                .TwoColumns("车辆：浙A·12345", "司机：王师傅 13800001234").Rule();
            for (var i = 0; i < 40; i++)
                slip.TwoColumns($"{i + 1,2}. 救灾帐篷（12㎡ 单层棉帐篷）批号 L2025{i:0000}", $"{(i + 1) * 3} 顶");
            return slip.Rule().QrCode("https://warehouse.local/d/7Q2M-XK4P-9TRA").Line("交接码 7Q2M-XK4P", TextAlign.Center)
                .Footer("发货人签字：________  收货人签字：________").Cut().ToArray();
        }
        report.Add("4 receipt and label", "40-line Chinese dispatch slip with QR → ESC/POS", MicrosecondsPer(() => Slip()) / 1000, "ms",
            "< 1 ms", MicrosecondsPer(() => Slip()) < 1000);
        report.Add("4 receipt and label", "Code 128 label → PNG", MicrosecondsPer(() =>
            BarcodeRenderer.Code128Png("WD-DP20261124-0007")) / 1000, "ms");
        report.Add("4 receipt and label", "Code 128 label → SVG",
            MicrosecondsPer(() => BarcodeRenderer.Code128Svg("WD-DP20261124-0007")) / 1000, "ms");
        report.Add("4 receipt and label", "QR label → PNG", MicrosecondsPer(() => BarcodeRenderer.QrPng("WD-DP20261124-0007")) / 1000,
            "ms");
        report.Add("4 receipt and label", "QR label → SVG", MicrosecondsPer(() => BarcodeRenderer.QrSvg("WD-DP20261124-0007")) / 1000,
            "ms");
    }

    private static double MicrosecondsPer(Func<object> work)
    {
        for (var i = 0; i < 200; i++)
            work();
        var runs = new List<double>();
        for (var round = 0; round < 7; round++)
        {
            const int n = 500;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
                work();
            runs.Add(watch.Elapsed.TotalMicroseconds / n);
        }
        runs.Sort();
        return runs[runs.Count / 2];
    }
}
