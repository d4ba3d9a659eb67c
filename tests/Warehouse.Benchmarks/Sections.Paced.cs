using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Warehouse.Benchmarks;

public static partial class Sections
{
    /// One plain (untracked) item of the demo catalog for each station, all held at the central reserve: a keeper at a
    /// station scans the goods of that station's own aisle, so the stations share the depot, its number counter and the
    /// hash chains, not a balance row.
    private static readonly string[] StationItems =
        [LatencyItem, "FH-0002", "FH-0003", "FH-0006", "FH-0007", "FH-0008", "SJ-0101", "SJ-0102"];

    private const int ThinkMinMs = 300;
    private const int ThinkMaxMs = 900;

    /// Stocks every station's item at the central reserve, in one goods receipt (the first is also the saturated levels' item).
    private static async Task StockStationItemsAsync(HttpClient http)
    {
        var stock = await http.PostAsJsonAsync("/api/receipts", new { reason = "Purchase", clientId = "bench-stations",
            lines = StationItems.Select(code => new { code, quantity = 1_000_000 }).ToArray() });
        if (stock.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Could not stock the stations' items: {await stock.Content.ReadAsStringAsync()}");
    }

    /// What a keeper feels: eight stations, each scanning its own item at a person's pace (a scan, then the next after a
    /// think time drawn evenly from 300–900 ms), so they overlap at random and often post at the same moment. Beside it
    /// the posting's own statements by hand at the same pace, from as many connections, while the app is idle.
    private static async Task PacedAsync(Report report, string section, HttpClient http, ServerProcess app, BenchDatabase database,
        int postings, int goal)
    {
        report.Add(section, "load average (1 min) before", MachineLoad.Average(), "");
        var counter = 0;
        var cpu = CpuNow(app, database);
        var paced = await PaceAsync(postings, async station =>
        {
            using var response = await Issue(http, $"paced-{Interlocked.Increment(ref counter)}", StationItems[station]);
            await response.Content.LoadIntoBufferAsync();
            return response.StatusCode == HttpStatusCode.Created;
        });
        var used = CpuNow(app, database);
        report.Add(section, "POST /api/issues p50", paced.P50, "ms");
        report.Add(section, "POST /api/issues p95", paced.P95, "ms");
        report.Add(section, "POST /api/issues p99", paced.P99, "ms", $"≤ {goal} ms", paced.P99 <= goal);
        report.Add(section, "POST /api/issues max", paced.Max, "ms");
        report.Add(section, "postings that overlapped another", paced.Overlapped, "%");
        report.Add(section, "postings per second (the pace, not a limit)", paced.PerSecond, "/s");
        // Over minutes at a person's pace the app's background work (print queue, keepers) is a visible part of this.
        ReportCpu(report, section, used.App - cpu.App, used.Server - cpu.Server, postings);
        if (paced.Failures > 0)
            report.Add(section, "failed postings", paced.Failures, "req", "0", false);

        var raw = await ByHandAsync(report, section, database, OpenPosters(StationItems.Select(code => database.RawPosting("CR", code)),
            "paced"), postings, (posters, gate) => PaceAsync(postings, station => Task.Run(() =>
            {
                RawPost(posters[station], gate, $"t-{Interlocked.Increment(ref counter)}");
                return true;
            })));
        report.Add(section, "by hand: the posting's statements max", raw.Max, "ms");
    }

    /// Runs one station per entry of <see cref="StationItems"/>, each waiting its think time before every posting, until
    /// <paramref name="postings"/> are posted in all. The think times come from a fixed seed per station, so two runs
    /// post in the same rhythm.
    private static async Task<Timing> PaceAsync(int postings, Func<int, Task<bool>> post)
    {
        var starts = new long[postings];
        var ends = new long[postings];
        var failures = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, StationItems.Length).Select(station => Task.Run(async () =>
        {
            var think = new Random(17 + station);
            int i;
            while ((i = Interlocked.Increment(ref next)) < postings)
            {
                await Task.Delay(think.Next(ThinkMinMs, ThinkMaxMs + 1));
                starts[i] = Stopwatch.GetTimestamp();
                var ok = await post(station);
                ends[i] = Stopwatch.GetTimestamp();
                if (!ok)
                    Interlocked.Increment(ref failures);
            }
        })));
        wall.Stop();
        var latencies = starts.Zip(ends, (s, e) => Stopwatch.GetElapsedTime(s, e).TotalMilliseconds).Order().ToArray();
        return new Timing(Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 95), Percentiles.Of(latencies, 99), latencies[^1],
            postings / wall.Elapsed.TotalSeconds, failures, OverlappedShare(starts, ends));
    }

    /// The share of postings, in per cent, that were in flight at the same moment as at least one other.
    private static double OverlappedShare(long[] starts, long[] ends)
    {
        var order = Enumerable.Range(0, starts.Length).OrderBy(i => starts[i]).ToArray();
        var overlapped = new bool[order.Length];
        var latestEnd = long.MinValue;
        var latestOwner = -1;
        foreach (var (i, rank) in order.Select((i, rank) => (i, rank)))
        {
            if (latestEnd > starts[i])
                (overlapped[rank], overlapped[latestOwner]) = (true, true);
            if (ends[i] > latestEnd)
                (latestEnd, latestOwner) = (ends[i], rank);
        }
        return overlapped.Count(o => o) * 100.0 / Math.Max(1, overlapped.Length);
    }
}
