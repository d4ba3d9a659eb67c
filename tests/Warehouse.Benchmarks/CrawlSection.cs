using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Data.Sqlite;

namespace Warehouse.Benchmarks;

/// One page as one role saw it: its timings, or the status it answered instead of a page.
public sealed record CrawlResult(string Database, long LedgerRows, string Page, string Role, string Path, int Status, double P50,
    double P95, double LoadAverage);

/// 7: every GET page of the app, as each demo role, on the generated large dataset (the demo seed, then the generated
/// ledger, requests, dispatches, print jobs and audit rows on top), the app as its own process.
public static class CrawlSection
{
    public const double GoalMs = 200;

    /// The demo users, one of each role (db/seed/users.json).
    private static readonly string[] Users = ["admin", "manager", "sectionchief", "director", "keeper", "dept", "auditor"];

    public static async Task RunAsync(Report report, string folder, IReadOnlyList<long> sizes, int requests, int items, int depots)
    {
        var (pages, links) = CrawlPages.Read();
        Console.WriteLine($"  {pages.Count} GET pages in the app");
        var results = new List<CrawlResult>();
        foreach (var size in sizes)
        {
            var path = Path.Combine(folder, $"crawl-{size}.db");
            await using (await ServerProcess.StartAsync(path, seed: true, patience: TimeSpan.FromMinutes(3)))
            {
            }
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"  generating {size:N0} ledger rows and their history on top of the demo seed…");
            await new DataGenerator(path, items, depots, size, Console.Out, append: true)
            {
                History = (size / 10, size / 5, size),
            }.RunAsync();
            var values = TypicalValues.Read(path);
            await using var server = await ServerProcess.StartAsync(path, seed: false, settings: new Dictionary<string, string>
            {
                ["Security__LoginAttemptsPerMinute"] = "100000",
                // The demo users have no second factor enrolled; a real one would only add its sign-in step.
                ["Security__RequireMfa"] = "false",
            }, patience: TimeSpan.FromMinutes(3));
            foreach (var user in Users)
                results.AddRange(await CrawlAsUserAsync(server.BaseUrl, user, pages, links, values, size, requests));
            await server.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(path + suffix);
        }
        CrawlTable.Add(report, results, sizes);
    }

    private static async Task<List<CrawlResult>> CrawlAsUserAsync(string baseUrl, string user, IReadOnlyList<CrawlPage> pages,
        TemplateBinderFactory links, IReadOnlyDictionary<string, string> values, long size, int requests)
    {
        var results = new List<CrawlResult>();
        using var session = await CrawlSession.SignInAsync(baseUrl, user);
        foreach (var page in pages)
        {
            if (page.Needs.Any(n => !values.ContainsKey($"{page.Controller}.{n}") && !values.ContainsKey(n)))
            {
                results.Add(new CrawlResult("SQLite", size, page.Name, user, "", 0, 0, 0, Load()));
                continue;
            }
            var route = page.Needs.ToDictionary(n => n, n => values.GetValueOrDefault($"{page.Controller}.{n}") ?? values[n]);
            if (CrawlPages.PathOf(links, page, route) is not { } path)
            {
                results.Add(new CrawlResult("SQLite", size, page.Name, user, "", -1, 0, 0, Load()));
                continue;
            }
            var probe = Stopwatch.GetTimestamp();
            var status = await session.FetchAsync(path);
            // A page that takes seconds (a full export) is timed three times, not twenty: its p95 is then its slowest; one
            // that takes over five (walking a whole chain) only once, its first fetch, so that the crawl ends the same day.
            var first = Stopwatch.GetElapsedTime(probe).TotalMilliseconds;
            var runs = first > 5000 ? 0 : first > 2000 ? Math.Min(3, requests) : requests;
            if (status != HttpStatusCode.OK)
            {
                results.Add(new CrawlResult("SQLite", size, page.Name, user, path, (int)status, 0, 0, Load()));
                continue;
            }
            if (runs > 0)
                await session.FetchAsync(path);
            var times = new List<double>(Math.Max(runs, 1));
            if (runs == 0)
                times.Add(first);
            for (var i = 0; i < runs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await session.FetchAsync(path);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            times.Sort();
            var result = new CrawlResult("SQLite", size, page.Name, user, path, 200, Percentiles.Of(times, 50), Percentiles.Of(times, 95),
                Load());
            results.Add(result);
            Console.WriteLine($"    {user,-12} {path,-60} p50 {result.P50,8:0.0} ms  p95 {result.P95,8:0.0} ms  load {result.LoadAverage:0.0}");
        }
        return results;
    }

    /// The one-minute load average: figures taken while other work runs on the machine are pessimistic.
    public static double Load() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
