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

    /// 1 and 5: scan posting latency, start-up and memory. Eight stations at a person's pace for what a keeper feels, then
    /// saturated (1, 8 and 32 clients back to back on one item, beside the bare endpoint) for throughput. On a named database
    /// (`--provider`) the sections carry its provider's name, and the posting's own statements by hand are timed beside
    /// each saturated level too.
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
        await StockStationItemsAsync(http);

        await MeasureAsync(http, 4, 200, _ => Post(http, "/ping"), _ => true);
        await MeasureAsync(http, 4, 200, i => Issue(http, $"warm-{i}"), _ => true);
        // The stations at a person's pace come first: after the saturated levels' tens of thousands of postings the database
        // was still busy with what they wrote (on PostgreSQL twice the server CPU per paced posting, the statements by hand
        // at that pace p99 25 ms against 15), which is no bureau's morning, and the scans waited for it.
        await PacedAsync(report, Of("1 scan posting, 8 stations at a person's pace"), http, restarted, database, requestsPerLevel, goal);
        // The memory goal is read after the stations, as when they came last (then after the saturated levels too); it is read
        // again at the end, where the saturated levels' 32 clients at once have left the runtime more threads and buffers.
        var rss = restarted.ResidentMegabytes();
        report.Add(Of("5 memory"), "resident memory after the stations at a person's pace", rss, "MB", "< 250 MB", rss < 250);
        var counter = 0;
        foreach (var clients in new[] { 1, 8, 32 })
        {
            // Each client posts again as soon as it has its answer: how many postings the app can take, not what one feels.
            var section = Of($"1 scan posting, saturated: {clients} client{(clients > 1 ? "s" : "")} back to back");
            report.Add(section, "load average (1 min) before", MachineLoad.Average(), "");
            var bare = await MeasureAsync(http, clients, requestsPerLevel, _ => Post(http, "/ping"), r => r.IsSuccessStatusCode);
            var cpu = CpuNow(restarted, database);
            var posting = await MeasureAsync(http, clients, requestsPerLevel,
                _ => Issue(http, $"bench-{Interlocked.Increment(ref counter)}"),
                r => r.StatusCode == HttpStatusCode.Created);
            var used = CpuNow(restarted, database);
            report.Add(section, "POST /api/issues p50", posting.P50, "ms");
            report.Add(section, "POST /api/issues p95", posting.P95, "ms");
            report.Add(section, "POST /api/issues p99", posting.P99, "ms");
            report.Add(section, "POST /api/issues max", posting.Max, "ms");
            report.Add(section, "POST /api/issues throughput", posting.PerSecond, "req/s");
            report.Add(section, "bare POST /ping p99", bare.P99, "ms");
            report.Add(section, "bare POST /ping throughput", bare.PerSecond, "req/s");
            var ratio = posting.P99 / Math.Max(bare.P99, 0.001);
            report.Add(section, "posting p99 ÷ bare p99", ratio, "×", clients == 8 ? "≤ 3×" : "", clients == 8 ? ratio <= 3 : null);
            ReportCpu(report, section, used.App - cpu.App, used.Server - cpu.Server, requestsPerLevel);
            if (posting.Failures > 0)
                report.Add(section, "failed postings", posting.Failures, "req", "0", false);
            if (labelled)
                await RawBaselineAsync(report, section, database, clients, requestsPerLevel);
        }
        report.Add(Of("5 memory"), "resident memory after the saturated levels too", restarted.ResidentMegabytes(), "MB");
    }

    /// The latency run uses a server started on the already-seeded file, so that seeding is not in its memory figure.
    private static async Task<ServerProcess> RestartedAsync(ServerProcess first, BenchDatabase database)
    {
        await first.DisposeAsync();
        return await ServerProcess.StartAsync(database.Path, settings: database.Settings, patience: Patience);
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string path) => http.PostAsync(path, null);

    private static Task<HttpResponseMessage> Issue(HttpClient http, string clientId, string code = LatencyItem) =>
        http.PostAsJsonAsync("/api/issues", new { reason = "InternalUse", clientId,
            lines = new[] { new { code, quantity = 1 } } });

    /// <param name="Overlapped">At a person's pace: the share of postings, in per cent, in flight beside another.</param>
    private sealed record Timing(double P50, double P95, double P99, double Max, double PerSecond, int Failures, double Overlapped = 0);

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
